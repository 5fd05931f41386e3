/**
 * Secret masking (TcEx `sensitive_filter`): every keychain/encrypted input, token and password registered here is
 * replaced with `***` in every log line, output check and `message.tc`, also in its URL-encoded and base64 forms.
 */
export const MASK = "***";

/** Values shorter than this are not masked: masking "1" or "true" would garble every line. */
const MIN_SECRET_LENGTH = 4;

export class SecretMasker {
  #secrets: string[] = [];

  /** Registers a secret and its common encodings. */
  add(value: unknown): void {
    if (typeof value !== "string" || value.length < MIN_SECRET_LENGTH) return;
    const forms = [
      value,
      encodeURIComponent(value),
      Buffer.from(value).toString("base64"),
      JSON.stringify(value).slice(1, -1),
    ];
    for (const form of forms) if (!this.#secrets.includes(form)) this.#secrets.push(form);
    // Longest first, so a secret that contains another is masked whole.
    this.#secrets.sort((a, b) => b.length - a.length);
  }

  mask(text: string): string {
    let out = text;
    for (const secret of this.#secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
    return out;
  }

  get size(): number {
    return this.#secrets.length;
  }
}
