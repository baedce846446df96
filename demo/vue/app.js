/**
 * Vue 3 example without a bundler: Vue's runtime-only ES module build straight from node_modules
 * and render functions (`h`). The runtime-only build needs no `new Function`, so the page works
 * under the strict CSP of scripts/serve.mjs; in a Vue project with single-file components, write
 * the same as a template: `<leiden-monitor-chart :data.prop="doc" @monitor-load="onLoad" />`.
 *
 * The document is passed as a PROPERTY (`.data` forces a DOM property), and `onMonitorLoad`
 * listens to `monitor-load` (Vue hyphenates `onMonitorLoad` to the event name).
 */
import {createApp, h, onMounted, ref} from '../../node_modules/vue/dist/vue.runtime.esm-browser.prod.js';
import '../../dist/leiden-widgets.js';

const SRC = new URL('../data/leiden-internationalisering.json', document.baseURI).href;

const App = {
  setup() {
    const doc = ref(null);
    const status = ref('Gegevens laden…');
    onMounted(async () => {
      try {
        const response = await fetch(SRC);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        doc.value = await response.json();
      } catch (err) {
        status.value = `Kon de gegevens niet laden: ${err.message}`;
      }
    });
    return () => [
      doc.value &&
        h('leiden-monitor-chart', {
          '.data': doc.value,
          indicator: 'immigration-per-1000',
          type: 'bar',
          filter: 'period=2023',
          'heading-level': '2',
          onMonitorLoad: (event) => {
            status.value = `Vue: grafiek getoond (${event.detail.indicator}).`;
          },
          onMonitorError: (event) => {
            status.value = `Vue: fout ${event.detail.code}: ${event.detail.message}`;
          },
        }),
      h('p', {id: 'status', role: 'status'}, status.value),
    ];
  },
};

createApp(App).mount('#app');
