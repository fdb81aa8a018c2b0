/**
 * Keeping each request and response under Excel's limits: Excel on the web refuses either past 5 MB
 * (counted in bytes as sent, UTF-8, where a Chinese character takes three), and every platform a read
 * of more than five million cells. Commands are queued against a budget, and a sync is spent only when
 * the next command would pass it, so a roster within the budget costs the same syncs whatever its size.
 */

/** Bytes of a request or a response we allow ourselves per sync: 5 MB (5,242,880 bytes) is what Excel on the web takes, and 1.2 MB stays spare for what a command carries beyond its arguments. */
export const PAYLOAD_BUDGET = 4_000_000;
/** What one queued command costs beyond its arguments (the command's name, object path and ids). */
export const COMMAND_BYTES = 120;
/** A cell's value in a response, estimated for a budget before it is read: 40 bytes, a dozen Chinese characters. */
export const BYTES_PER_CELL = 40;

/** UTF-8 length of a string, without TextEncoder (Internet Explorer 11 has none). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value as JSON, as it travels in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/** Queued request and expected response bytes since the last sync; `spend` syncs first when they would pass the budget. */
export class PayloadBudget {
  private request = 0;
  private response = 0;

  constructor(private readonly sync: () => Promise<void>, private readonly budget = PAYLOAD_BUDGET) {}

  async spend(requestBytes: number, responseBytes = 0): Promise<void> {
    const over = this.request + requestBytes > this.budget || this.response + responseBytes > this.budget;
    if (over && (this.request > 0 || this.response > 0)) await this.flush();
    this.request += requestBytes;
    this.response += responseBytes;
  }

  /** Syncs only when something was queued since the last sync. */
  async settle(): Promise<void> {
    if (this.request > 0 || this.response > 0) await this.flush();
  }

  /** Syncs what is queued (also when nothing is, so a caller can rely on one sync having happened). */
  async flush(): Promise<void> {
    this.request = 0;
    this.response = 0;
    await this.sync();
  }
}
