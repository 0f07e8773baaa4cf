"""Prints the line coverage of AppSnapshot.Core from coverlet's cobertura files and enforces a floor.

Every test project writes its own report; a line counts as covered when any report covers it.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

results, floor = sys.argv[1], float(sys.argv[2])
lines = {}
for path in glob.glob(os.path.join(results, "**", "coverage.cobertura.xml"), recursive=True):
    for cls in ET.parse(path).getroot().iter("class"):
        name = cls.get("filename")
        for line in cls.iter("line"):
            key = (name, line.get("number"))
            lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
if not lines:
    print("no coverage data found")
    sys.exit(1)
covered = sum(1 for hit in lines.values() if hit)
pct = 100.0 * covered / len(lines)
print(f"AppSnapshot.Core line coverage: {pct:.1f}% ({covered}/{len(lines)} lines), floor {floor:.0f}%")
sys.exit(0 if pct >= floor else 1)
