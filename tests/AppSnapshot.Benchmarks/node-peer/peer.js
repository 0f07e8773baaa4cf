'use strict';
// The benchmark's peer: what a competent engineer writes on Alibaba Cloud's official Node SDK
// (@alicloud/ecs20140526 on @alicloud/openapi-client, signature V3) to run the app-snapshot plug-in
// on a fleet: every region at once, one RunCommand per 100 instances, each invocation polled every
// second (DescribeInvocations with output), the snapshot group of each finished instance read on its
// own (DescribeSnapshotGroups by InstanceId and group name), and exponential backoff with full jitter
// on throttling and server errors.
//
//   node peer.js input.json    (input: endpoint, credentials, regions with instance ids, the command)
//
// Prints one JSON line: wall time, results, failures, calls and throttled calls per action, peak RSS.

const fs = require('fs');
const crypto = require('crypto');
const Ecs = require('@alicloud/ecs20140526');
const OpenApi = require('@alicloud/openapi-client');

const EcsClient = Ecs.default;
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const endpoint = new URL(input.endpoint);
const pollMs = Math.round((input.pollSeconds || 1) * 1000);
const groupConcurrency = input.groupConcurrency || 10;
const deadline = Date.now() + (input.timeoutSeconds || 3600) * 1000;

const calls = {};
const throttled = {};
let peakRss = process.memoryUsage().rss;
const memoryTimer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const chunk = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const isFinal = status => ['Success', 'Failed', 'Timeout', 'Error', 'Invalid', 'Aborted', 'Cancelled', 'Terminated'].includes(status);

function client(regionId) {
  return new EcsClient(new OpenApi.Config({
    accessKeyId: input.accessKeyId,
    accessKeySecret: input.accessKeySecret,
    regionId,
    endpoint: endpoint.host, // 127.0.0.1:PORT, signed as the host header
    protocol: endpoint.protocol.replace(':', ''),
    connectTimeout: 10000,
    readTimeout: 30000,
  }));
}

/** One API call with backoff on throttling and 5xx (full jitter, 200 ms base, 10 s cap, 12 attempts). */
async function call(action, send) {
  for (let attempt = 1; ; attempt++) {
    calls[action] = (calls[action] || 0) + 1;
    try {
      return await send();
    } catch (e) {
      const code = String(e.code || (e.data && e.data.Code) || '');
      const status = e.statusCode || (e.data && e.data.statusCode) || 0;
      const throttling = code.startsWith('Throttling');
      if (throttling) throttled[action] = (throttled[action] || 0) + 1;
      const retryable = throttling || status >= 500 || code === 'ServiceUnavailable' || code.startsWith('InternalError') || !status;
      if (!retryable || attempt >= 12 || Date.now() > deadline) throw e;
      await sleep(Math.random() * Math.min(10000, 200 * 2 ** (attempt - 1)));
    }
  }
}

/** At most `limit` group reads of a region at a time. */
function limiter(limit) {
  let active = 0;
  const waiting = [];
  return async work => {
    if (active >= limit) await new Promise(resolve => waiting.push(resolve));
    active++;
    try { return await work(); } finally {
      active--;
      if (waiting.length > 0) waiting.shift()();
    }
  };
}

const results = new Map();
const failures = [];

async function runBatch(ecs, regionId, ids, readGroup) {
  const started = await call('RunCommand', () => ecs.runCommand(new Ecs.RunCommandRequest({
    regionId, type: input.commandType, commandContent: input.commandContent, contentEncoding: 'PlainText',
    timeout: input.commandTimeout, name: input.name, instanceId: ids, clientToken: crypto.randomUUID(),
  })));
  const invokeId = started.body.invokeId;
  const pending = new Set(ids);
  const reads = [];
  while (pending.size > 0) {
    if (Date.now() > deadline) { for (const id of pending) failures.push(id + ': timed out'); break; }
    await sleep(pollMs);
    const polled = await call('DescribeInvocations', () => ecs.describeInvocations(new Ecs.DescribeInvocationsRequest({
      regionId, invokeId, includeOutput: true, contentEncoding: 'PlainText',
    })));
    const invocation = polled.body.invocations.invocation[0];
    for (const instance of invocation.invokeInstances.invokeInstance) {
      if (!pending.has(instance.instanceId) || !isFinal(instance.invocationStatus)) continue;
      pending.delete(instance.instanceId);
      reads.push(readGroup(instance));
    }
  }
  await Promise.all(reads);
}

async function runRegion(region) {
  const ecs = client(region.regionId);
  const gate = limiter(groupConcurrency);
  const readGroup = instance => gate(async () => {
    const id = instance.instanceId;
    const match = /\[snapshotgroup="(ssg-[^"]+)"\]/.exec(instance.output || '');
    try {
      if (instance.invocationStatus !== 'Success' || instance.exitCode !== 0 || !match) throw new Error(instance.invocationStatus + ' exit ' + instance.exitCode);
      const groups = await call('DescribeSnapshotGroups', () => ecs.describeSnapshotGroups(new Ecs.DescribeSnapshotGroupsRequest({
        regionId: region.regionId, instanceId: id, name: input.name, snapshotGroupId: [match[1]],
      })));
      const group = (groups.body.snapshotGroups.snapshotGroup || [])[0];
      if (!group) throw new Error('group ' + match[1] + ' not found');
      results.set(id, (results.get(id) || 0) + 1);
    } catch (e) {
      failures.push(id + ': ' + (e.code || e.message));
    }
  });
  await Promise.all(chunk(region.instanceIds, 100).map(ids => runBatch(ecs, region.regionId, ids, readGroup).catch(e => {
    for (const id of ids) failures.push(id + ': ' + (e.code || e.message));
  })));
}

(async () => {
  const start = process.hrtime.bigint();
  await Promise.all(input.regions.map(runRegion));
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(memoryTimer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const perInstance = {};
  for (const [id, n] of results) perInstance[id] = n;
  process.stdout.write(JSON.stringify({
    wallSeconds, results: results.size, failures: failures.length, failureSamples: failures.slice(0, 5),
    calls, throttled, peakRssMb: peakRss / (1024 * 1024), twice: [...results.values()].filter(n => n > 1).length,
  }) + '\n');
})().catch(e => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
