// JSON logs with pino. Anything that could carry a secret is redacted at the logger, so a careless call site
// cannot leak a password, token or secret into the logs.
import { pino, type DestinationStream, type Logger as PinoLogger } from "pino";
import { currentRequestId } from "./http/request-scope.ts";

export type Logger = PinoLogger;

/**
 * stdout as a log destination that never blocks the process. pino's default writes synchronously and, on a pipe
 * whose reader has stalled, retries EAGAIN forever: the event loop, requests and SIGTERM all stop with it. Here
 * lines go through stdout's own non-blocking queue; while a stalled reader leaves more than `maxQueuedBytes`
 * unwritten, or once the reader has gone (EPIPE), lines are dropped and counted rather than waited for.
 */
export function nonBlockingStdout(maxQueuedBytes = 4 * 1024 * 1024) {
  const stdout = process.stdout;
  let readerGone = false;
  let dropped = 0;
  stdout.on("error", () => {
    readerGone = true;
  });
  return {
    write(line: string) {
      if (readerGone || stdout.writableLength > maxQueuedBytes) dropped += 1;
      else stdout.write(line);
    },
    droppedLines: () => dropped,
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // Every line written while a request runs names it, whoever writes it.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: {
        paths: [
          "password",
          "*.password",
          "newPassword",
          "*.newPassword",
          "oldPassword",
          "*.oldPassword",
          "secret",
          "*.secret",
          "accessKeySecret",
          "*.accessKeySecret",
          "token",
          "*.token",
          "access_token",
          "*.access_token",
          "id_token",
          "*.id_token",
          "refresh_token",
          "*.refresh_token",
          "authorization",
          "*.authorization",
          "clientSecret",
          "*.clientSecret",
          "headers.authorization",
          "req.headers.authorization",
          "variables",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** Adapts a library's console-style logger calls (message or error first, more values after) to pino's shape. */
export function consoleStyle(log: Logger, level: "debug" | "info" | "warn" | "error") {
  return (...args: unknown[]) => {
    const [first, ...rest] = args;
    const extra = rest.length ? { details: rest } : {};
    if (first instanceof Error) log[level]({ err: first, ...extra }, first.message);
    else log[level](extra, typeof first === "string" ? first : JSON.stringify(first));
  };
}
