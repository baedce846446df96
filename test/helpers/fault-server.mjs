// Koa middleware for @web/test-runner's dev server: answers under /fault/ with the failures that
// the load and element tests need. Every answer is made here, on 127.0.0.1; nothing leaves the machine.
//   /fault/status/404, /fault/status/500      that HTTP status, with a small JSON body
//   /fault/hang                                never answers (the client's timeout must end it)
//   /fault/html                                200 with an HTML page (a typical misconfigured proxy)
//   /fault/invalid-json                        200, application/json, truncated JSON
//   /fault/flaky/<key>?fails=N&status=503      first N requests per key fail, then the fixture
//   /fault/count/<key>                         serves the fixture and counts requests per key
//   /fault/hits/<key>                          how many requests /fault/{flaky,count}/<key> had
//   /fault/slow/<ms>/<key>                     the fixture after <ms> milliseconds
//   /fault/sequence/<key>?codes=200,503,200     the n-th request per key answers the n-th status
//                                              (the last one repeats); 200 serves the fixture
// The fixture is test/fixtures/fault-monitor.json.
import {readFileSync} from 'node:fs';

const FIXTURE = new URL('../fixtures/fault-monitor.json', import.meta.url);

export function faultServer() {
  const hits = new Map();
  const count = (key) => hits.set(key, (hits.get(key) ?? 0) + 1).get(key);
  const fixture = () => readFileSync(FIXTURE, 'utf8');
  const json = (ctx, body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  };

  return async (ctx, next) => {
    const path = ctx.path;
    if (!path.startsWith('/fault/')) return next();
    const [, , kind, a, b] = path.split('/');
    switch (kind) {
      case 'status':
        return json(ctx, JSON.stringify({error: `status ${a}`}), Number(a));
      case 'hang':
        // hold the request until the client gives up (bounded so the server never leaks)
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 60_000);
          ctx.req.on('close', () => { clearTimeout(timer); resolve(); });
        });
        ctx.status = 204;
        return;
      case 'html':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Login</title><p>Please sign in</p>';
        return;
      case 'invalid-json':
        return json(ctx, '{"format": "leiden-monitor", "version": 1, "indicators": [');
      case 'flaky': {
        const n = count(a);
        const fails = Number(ctx.query.fails ?? 1);
        if (n <= fails) return json(ctx, '{"error":"try again"}', Number(ctx.query.status ?? 503));
        return json(ctx, fixture());
      }
      case 'count':
        count(a);
        return json(ctx, fixture());
      case 'hits':
        return json(ctx, JSON.stringify({hits: hits.get(a) ?? 0}));
      case 'sequence': {
        const codes = String(ctx.query.codes ?? '200').split(',').map(Number);
        const status = codes[Math.min(count(a), codes.length) - 1];
        return status === 200 ? json(ctx, fixture()) : json(ctx, '{"error":"sequence"}', status);
      }
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(a), 10_000)));
        count(b);
        return json(ctx, fixture());
      default:
        ctx.status = 400;
        ctx.body = `unknown fault ${kind}`;
    }
  };
}
