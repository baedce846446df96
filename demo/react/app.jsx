/**
 * React 19 example: <leiden-monitor-chart> with the document passed as a PROPERTY (`data`) and a
 * `monitor-load` listener. React 19 supports custom elements: a prop the element defines (`data`)
 * is set as a property, and `on<event-name>` props become event listeners for that exact name.
 *
 * Built by demo/react/build.mjs (esbuild: JSX and React's CommonJS, no Babel) into
 * demo/react/dist/app.js, which index.html loads. `npm run build` runs it.
 */
import {useEffect, useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'leiden-monitor-widgets/chart.js';

const SRC = new URL('../data/leiden-internationalisering.json', document.baseURI).href;

function App() {
  const [doc, setDoc] = useState(null);
  const [status, setStatus] = useState('Gegevens laden…');

  useEffect(() => {
    const controller = new AbortController();
    fetch(SRC, {signal: controller.signal})
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then(setDoc)
      .catch((err) => {
        if (err.name !== 'AbortError') setStatus(`Kon de gegevens niet laden: ${err.message}`);
      });
    return () => controller.abort();
  }, []);

  return (
    <>
      {doc && (
        <leiden-monitor-chart
          data={doc}
          indicator="international-migration"
          type="line"
          heading-level="2"
          onmonitor-load={(event) => setStatus(`React: grafiek getoond (${event.detail.indicator}).`)}
          onmonitor-error={(event) => setStatus(`React: fout ${event.detail.code}: ${event.detail.message}`)}
        />
      )}
      <p id="status" role="status">{status}</p>
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
