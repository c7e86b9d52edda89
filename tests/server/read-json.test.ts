import { describe, expect, it } from "vitest";
import { BadRequestError, PayloadTooLargeError, readJson, UnsupportedMediaTypeError } from "@/lib/server/api-errors";

const post = (body: string, contentType: string | null = "application/json") =>
  new Request("http://localhost/api/x", { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });

describe("readJson", () => {
  it("reads a JSON body, charset or not", async () => {
    expect(await readJson(post('{"rating":3}'))).toEqual({ rating: 3 });
    expect(await readJson(post('{"rating":3}', "application/json; charset=utf-8"))).toEqual({ rating: 3 });
  });

  it("refuses a body that does not say it is JSON with 415, even when it parses (text/plain is what a cross-site form can send)", async () => {
    await expect(readJson(post('{"rating":3}', "text/plain"))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    await expect(readJson(post("rating=3", "application/x-www-form-urlencoded"))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    await expect(readJson(post('{"rating":3}', null))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it("refuses a body over 64 KB with 413 and one that is not JSON with 400", async () => {
    await expect(readJson(post(JSON.stringify({ text: "x".repeat(70_000) })))).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(readJson(post("{not json"))).rejects.toBeInstanceOf(BadRequestError);
  });
});
