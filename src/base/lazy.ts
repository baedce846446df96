/**
 * A module loaded on first need (right-to-left layout, dense-line thinning, notes…): `get()` is
 * the module once it is here, `load()` starts loading it (once). Elements ask through
 * `LeidenElement.need()`, which keeps them in their loading state meanwhile.
 */
export interface LazyModule<T> {
  get(): T | undefined;
  load(): Promise<T>;
}

export function lazyModule<T>(loader: () => Promise<T>): LazyModule<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => module,
    // a failed load is forgotten, so the next call tries again (a network hiccup is not final)
    load: () =>
      (loading ??= loader().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}
