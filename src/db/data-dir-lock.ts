// One process per embedded database directory. PGlite runs PostgreSQL in single-user mode inside the process
// and does not guard its directory: a second process opening it runs on its own copy of the pages, and what one
// writes the other overwrites. The lock file names its holder, so a lock left by a process that died is taken
// over, and a live holder is reported by pid.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

export class DataDirInUseError extends Error {}

const LOCK_FILE = "gateway.lock";
/**
 * The locks this process holds: a lock naming this pid that is not among them was left by an earlier process
 * that had the same pid (a container's pid 1 after a restart).
 */
const heldHere = new Set<string>();

function holderOf(lockPath: string): { pid: number; host: string } | null {
  try {
    const holder = JSON.parse(readFileSync(lockPath, "utf8")) as { pid?: unknown; host?: unknown };
    return typeof holder.pid === "number" && typeof holder.host === "string"
      ? { pid: holder.pid, host: holder.host }
      : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function createLockFile(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, "wx");
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the directory's lock or throws DataDirInUseError naming the holder; returns the release. */
export function lockDataDir(dir: string): () => void {
  const lockPath = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createLockFile(lockPath)) {
      heldHere.add(lockPath);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(lockPath);
        process.off("exit", release);
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      // A process that exits without closing the database (process.exit, a fatal error) still frees it.
      process.on("exit", release);
      return release;
    }
    const holder = holderOf(lockPath);
    const ours = holder?.pid === process.pid && holder.host === hostname();
    const held = holder && (ours ? heldHere.has(lockPath) : holder.host !== hostname() || isRunning(holder.pid));
    if (held) {
      throw new DataDirInUseError(
        `the embedded database ${dir} is in use by process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ""}: ` +
          `one process per directory (stop that one, give this one another pglite: directory, or use PostgreSQL for several processes); ` +
          `if no gateway runs there, delete ${lockPath}`,
      );
    }
    // Left by a process that died (or unreadable, half-written by one): take it over.
    unlinkSync(lockPath);
  }
  throw new DataDirInUseError(
    `the embedded database ${dir} was locked by another process starting at the same moment; try again`,
  );
}
