// axe-core's minified build registers `window.axe` when imported; it has no exports to type.
declare module 'axe-core/axe.min.js';
