namespace AppSnapshot.Tests.Plugin;

/// <summary>Realistic plug-in outputs, shaped after the seed logs (spec §6).</summary>
internal static class PluginLogSamples
{
    public const string LinuxAppConsistent = """
        [level="info"][time="2021-08-03 18:58:41.878228775"][message="AppConsistent Snapshots with Pre/Post-Script Enabled"]
        [level="info"][time="2021-08-03 18:58:41.878238684"][message="Start to Execute PreScript /tmp/prescript.sh"]
        [output="
        *****
        [INFO]:Begin to freeze mysql.
        /usr/bin/mysql
        Id      User      Host      db          Command Time      State      Info
        11      root      localhost AdventureWorks Query      1          User sleep      SELECT SLEEP(1)
        [INFO]:Flush tables command execute success
        "]
        [level="info"][time="2021-08-03 18:58:42.909665688"][message="Execute PreScript Successfully"]
        [level="info"][time="2021-08-03 18:58:42.909700000"][message="Start to Freeze FileSystem"]
        [level="info"][time="2021-08-03 18:58:43.120000000"][message="SnapshotGroup, requestId=EF85CDE0-0411-56A1, GroupId=ssg-bp1abcdef0123456, Cost:554.192ms"]
        [level="info"][time="2021-08-03 18:58:44.010000000"][message="Finish SnapshotGroup=ssg-bp1abcdef0123456 Creation, TotalCost=3.8204978s, QueryCost=2.9307022s"]
        [level="info"][time="2021-08-03 18:58:44.010100000"][message="Prepare to Thaw FileSystem or Applications"]
        [level="info"][time="2021-08-03 18:58:44.204000000"][message="Thaw Write Request Done"]
        [level="info"][time="2021-08-03 18:58:44.204106455"][message="Start to Execute PostScript /tmp/postscript.sh"]
        [output="
        [INFO]:Try to stop sql process 14.
        [INFO]:Stop sql process 14 success.
        [INFO]:Finish thaw mysql.
        "]
        [level="info"][time="2021-08-03 18:58:44.224914208"][message="Execute PostScript Successfully"]
        [level="info"][time="2021-08-03 18:58:44.410140607"][message="Tag snapshots with AppConsistent"]
        [level="info"][time="2021-08-03 18:58:44.410188176"][message="Take AppConsistent snapshots successfully"]
        [level="info"][time="2021-08-03 18:58:44.410220482"][message="Prescript cost=1.031426913s, Postscript cost=20.807753ms"]
        [level="info"][time="2021-08-03 18:58:44.410239167"][message="Prepare Freeze=8.8s, Thaw cost=1.5597662s, Snapshot Creation=1.9560813s, Tag Resources=137.4025ms"]
        [level="info"][time="2021-08-03 18:58:44.410250000"][snapshotgroup="ssg-bp1abcdef0123456"][message="Finish whole Processes of Snapshot successfully"]

        """;

    public const string LinuxFileSystemConsistent = """
        [level="info"][time="2024-05-06 10:00:00.100000000"][message="FsConsistent Snapshots without Pre/Post-Script"]
        [level="info"][time="2024-05-06 10:00:00.200000000"][message="Start to Freeze FileSystem"]
        [level="info"][time="2024-05-06 10:00:02.300000000"][message="Finish SnapshotGroup=ssg-uf6fs0000001 Creation, TotalCost=2.1s, QueryCost=1.4s"]
        [level="info"][time="2024-05-06 10:00:02.400000000"][message="Prepare to Thaw FileSystem or Applications"]
        [level="info"][time="2024-05-06 10:00:02.700000000"][message="Thaw Write Request Done"]
        [level="info"][time="2024-05-06 10:00:02.900000000"][message="Tag snapshots with FsConsistent"]
        [level="info"][time="2024-05-06 10:00:02.950000000"][snapshotgroup="ssg-uf6fs0000001"][message="Finish whole Processes of Snapshot successfully"]
        """;

    public const string LinuxPreScriptFallback = """
        [level="info"][time="2024-05-06 11:00:00.000000001"][message="AppConsistent Snapshots with Pre/Post-Script Enabled"]
        [level="info"][time="2024-05-06 11:00:00.100000000"][message="Start to Execute PreScript /tmp/prescript.sh"]
        [output="
        appsnapshot-mysql: ERROR: /root/.appsnapshot/mysql.cnf must be owned by root with mode 0600
        "]
        [level="warning"][time="2024-05-06 11:00:00.200000000"][message="Execute PreScript failed: exit status 3, fall back to FsConsistent"]
        [level="info"][time="2024-05-06 11:00:00.300000000"][message="Start to Freeze FileSystem"]
        [level="info"][time="2024-05-06 11:00:02.000000000"][message="Finish SnapshotGroup=ssg-uf6fallback01 Creation, TotalCost=1.7s, QueryCost=1.1s"]
        [level="info"][time="2024-05-06 11:00:02.200000000"][message="Thaw Write Request Done"]
        [level="info"][time="2024-05-06 11:00:02.400000000"][message="Tag snapshots with FsConsistent"]
        [level="info"][time="2024-05-06 11:00:02.500000000"][snapshotgroup="ssg-uf6fallback01"][message="Finish whole Processes of Snapshot successfully"]
        """;

    public const string WindowsSqlServer = """
        [level="info"][time="2021-08-05 16:42:43.8380118"][message="Required COM+ components are already installed"]
        [level="info"][time="2021-08-05 16:42:43.8446377"][message="Provider version is already latest"]
        [level="info"][time="2021-08-05 16:42:43.8446377"][message="Start to Initialize VSS Requestor ..."]
        [level="info"][time="2021-08-05 16:42:43.8446377"][message="Prepare to Create snapshot set"]
        [requestor="
        Add VolumePath=\\?\Volume{2a7ccdad-0000-100000000000}\, VolumeName=C:\
        All writers included
        * Writer 'SqlServerWriter':
        - Add component \ecs\master
        - Add component \ecs\AdventureWorks
        * Writer 'Registry Writer':
        - Add component \Registry
        "]
        [level="info"][time="2021-08-05 16:42:59.9732143"][message="Create Snapshot Set Successfully"]
        [level="info"][time="2021-08-05 16:43:00.5274175"][message="SnapshotGroup, requestId=EF85CDE0-0411-56A1-C38E457AE, GroupId=ssg-bp1win0000sql, Cost:554.192ms"]
        [level="info"][time="2021-08-05 16:43:01.9293351"][message="Finished Quering SnapshotGroup Progress"]
        [level="info"][time="2021-08-05 16:43:01.9293351"][message="Finish SnapshotGroup=ssg-bp1win0000sql Creation, TotalCost=1.9560813s, QueryCost=1.4018893s"]
        [level="info"][time="2021-08-05 16:43:01.9293351"][message="Prepare to Thaw FileSystem or Applications"]
        [requestor="
        "]
        [level="info"][time="2021-08-05 16:43:03.4891013"][message="Thaw Write Request Done"]
        [level="info"][time="2021-08-05 16:43:03.6267000"][message="Tag snapshots with AppConistent"]
        [level="info"][time="2021-08-05 16:43:03.6367510"][message="Take AppConsistent snapshots successfully"]
        [level="info"][time="2021-08-05 16:43:03.636751"][message="Prepare Freeze=16.157798s, Thaw cost=1.5597662s, Snapshot Creation=1.9560813s, Tag Resources=137.4025ms"]
        [level="info"][time="2021-08-05 16:43:03.636751"][snapshotgroup="ssg-bp1win0000sql"][message="Finish whole Processes of Snapshot successfully"]
        """;

    public const string WindowsWithoutWriters = """
        [level="info"][time="2024-02-01 09:00:00.0000001"][message="Start to Initialize VSS Requestor ..."]
        [level="info"][time="2024-02-01 09:00:00.1000000"][message="Prepare to Create snapshot set"]
        [requestor="Writers excluded by EnableWriters=false"]
        [level="info"][time="2024-02-01 09:00:03.0000000"][message="Create Snapshot Set Successfully"]
        [level="info"][time="2024-02-01 09:00:05.0000000"][message="Finish SnapshotGroup=ssg-win0nowriters Creation, TotalCost=2s, QueryCost=1.5s"]
        [level="info"][time="2024-02-01 09:00:06.5000000"][message="Thaw Write Request Done"]
        [level="info"][time="2024-02-01 09:00:06.6000000"][message="Tag snapshots with FsConsistent"]
        [level="info"][time="2024-02-01 09:00:06.7000000"][message="Take FsConsistent snapshots successfully"]
        [level="info"][time="2024-02-01 09:00:06.7000000"][snapshotgroup="ssg-win0nowriters"][message="Finish whole Processes of Snapshot successfully"]
        """;

    public const string NoRamRoleFailure = """
        [level="info"][time="2024-03-01 12:00:00.000000000"][message="Check conditions"]
        [level="error"][time="2024-03-01 12:00:00.500000000"][message="No RAM role attached to the instance, please attach a RAM role with snapshot permissions"]
        """;
}
