import { assertJsonContentType, BadRequestError, PayloadTooLargeError } from "./api-errors";

/**
 * Reads an uploaded JSON file from a request body, counting bytes as they arrive and giving up
 * (413) as soon as there are more than `maxBytes`, so an oversized or endless upload is never
 * held whole. The request must say it is JSON (415); text that is not UTF-8 or not JSON (a CSV, an
 * image, a truncated file) is a 400.
 */
export async function readJsonFile(request: Request, maxBytes: number, label: string): Promise<unknown> {
  assertJsonContentType(request);
  const tooLarge = new PayloadTooLargeError(`The ${label} is larger than ${Math.round(maxBytes / 1_000_000)} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  if (!request.body) throw new BadRequestError(`Choose a ${label} to import.`);

  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel();
        throw tooLarge;
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new BadRequestError(`The ${label} is not a text file.`);
  }
  const text = parts.join("");
  if (text.trim() === "") throw new BadRequestError(`The ${label} is empty.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError(`The ${label} is not valid JSON (is it complete, and the .json file rather than the CSV?).`);
  }
}
