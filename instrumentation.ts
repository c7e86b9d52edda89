// Runs once when the server starts, so a bad configuration stops the process with a one-line
// reason instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnInvalidEnvironment } = await import("./lib/server/startup-check");
  exitOnInvalidEnvironment();
}
