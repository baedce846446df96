// Test-runner commands that talk to Chromium through the DevTools Protocol (puppeteer's CDP session):
//   ax-tree        {selector?}  Accessibility.getFullAXTree (or the partial tree of one element),
//                               flattened to [{role, name, description, properties}] of nodes not ignored
//   heap           {}            collects garbage (HeapProfiler.collectGarbage), then the JS heap in use (Runtime.getHeapUsage)
//   cdp-emulate-media {features}    Emulation.setEmulatedMedia e.g. [{name: 'forced-colors', value: 'active'}]
//   layout-counts  {}            how many layouts and style recalculations the page has run (Performance.getMetrics)
const sessions = new WeakMap();

async function cdp(page) {
  let client = sessions.get(page);
  if (!client) {
    client = await page.createCDPSession();
    sessions.set(page, client);
  }
  return client;
}

const value = (v) => (v && 'value' in v ? v.value : undefined);

function flatten(nodes) {
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      role: value(n.role),
      name: value(n.name) ?? '',
      description: value(n.description) ?? '',
      properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, value(p.value)])),
    }));
}

export function cdpPlugin() {
  return {
    name: 'leiden-cdp-commands',
    async executeCommand({command, payload, session}) {
      if (!['ax-tree', 'cdp-emulate-media', 'heap', 'layout-counts'].includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chromium launcher`);
      const page = session.browser.getPage(session.id);
      const client = await cdp(page);
      if (command === 'heap') {
        await client.send('HeapProfiler.collectGarbage');
        await client.send('HeapProfiler.collectGarbage');
        const {usedSize} = await client.send('Runtime.getHeapUsage');
        return usedSize;
      }
      if (command === 'layout-counts') {
        await client.send('Performance.enable');
        const {metrics} = await client.send('Performance.getMetrics');
        const count = (name) => metrics.find((m) => m.name === name)?.value;
        return {layouts: count('LayoutCount'), styles: count('RecalcStyleCount')};
      }
      if (command === 'cdp-emulate-media') {
        await client.send('Emulation.setEmulatedMedia', {media: '', features: payload?.features ?? []});
        return true;
      }
      if (payload?.selector) {
        const {root} = await client.send('DOM.getDocument', {depth: 0});
        const {nodeId} = await client.send('DOM.querySelector', {nodeId: root.nodeId, selector: payload.selector});
        if (!nodeId) throw new Error(`ax-tree: no element matches ${payload.selector}`);
        const {nodes} = await client.send('Accessibility.getPartialAXTree', {nodeId, fetchRelatives: false});
        // the partial tree of one node holds only it: walk its subtree from the full tree instead
        const full = (await client.send('Accessibility.getFullAXTree', {})).nodes;
        const byId = new Map(full.map((n) => [n.nodeId, n]));
        const start = byId.get(nodes[0]?.nodeId);
        const out = [];
        const walk = (n) => {
          if (!n) return;
          out.push(n);
          for (const id of n.childIds ?? []) walk(byId.get(id));
        };
        walk(start);
        return flatten(out);
      }
      const {nodes} = await client.send('Accessibility.getFullAXTree', {});
      return flatten(nodes);
    },
  };
}
