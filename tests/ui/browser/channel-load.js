// One load at a time whose progress streams through a Tauri Channel, as the Rust side's loads
// do, in Tauri's wire format (consumed-backend.js explains it): the part the consumed and
// server-accounts stand-ins share.

/**
 * @typedef {object} ChannelLoad
 * @property {() => boolean} running whether a load runs
 * @property {(channel: { id: number }) => Promise<unknown>} start starts a load streaming to
 *   `channel`; resolves with its answer
 * @property {(message: unknown) => void} send sends one progress message
 * @property {(last: unknown, value: unknown) => void} finish sends `last`, then ends the load
 *   with `value`
 * @property {(error: unknown) => void} fail ends the load with `error` (an ErrorReport)
 */

/** @returns {ChannelLoad} */
export function channelLoad() {
  /** @type {{ resolve: (v: unknown) => void, reject: (e: unknown) => void, channel: { id: number }, index: number } | null} */
  let running = null;
  /** @param {number} id @param {unknown} payload */
  const callback = (id, payload) => /** @type {any} */ (window).__TAURI_INTERNALS__.runCallback(id, payload);
  const current = () => {
    if (!running) throw new Error('no load is running');
    return running;
  };

  /** @type {ChannelLoad} */
  const load = {
    running: () => running !== null,
    start(channel) {
      return new Promise((resolve, reject) => { running = { resolve, reject, channel, index: 0 }; });
    },
    send(message) {
      const r = current();
      callback(r.channel.id, { index: r.index++, message });
    },
    finish(last, value) {
      const r = current();
      load.send(last);
      running = null;
      r.resolve(value);
      callback(r.channel.id, { index: r.index, end: true });
    },
    fail(error) {
      const r = current();
      running = null;
      r.reject(error);
    },
  };
  return load;
}
