// The value of an asynchronous result that follows reactive inputs (a share link being encoded, a
// chunk being loaded), derived rather than synchronised: `current` is the latest promise's value,
// `initial` while it is pending, and an older, slower promise never overwrites a newer one's.
export class Resolved<T> {
  #result = $state.raw<{ promise: Promise<T>; value: T } | null>(null);
  #latest: Promise<T> | undefined;
  #promise = $derived.by(() => {
    const promise = this.source();
    this.#latest = promise;
    promise.then(
      (value) => {
        if (this.#latest === promise) this.#result = { promise, value };
      },
      () => {},
    );
    return promise;
  });

  constructor(
    private readonly source: () => Promise<T>,
    private readonly initial: T,
  ) {}

  get current(): T {
    const promise = this.#promise;
    const result = this.#result;
    return result && result.promise === promise ? result.value : this.initial;
  }
}
