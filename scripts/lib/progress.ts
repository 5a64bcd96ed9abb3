import { Presets, SingleBar } from 'cli-progress';
import type { CliIo } from './commandLine';

/** A progress bar on stderr for one phase of work. */
export interface Progress {
    /** Starts (or restarts) the bar for a phase. */
    start(label: string, total: number): void;
    /** Counts work done. */
    tick(count?: number): void;
    /** Ends the current phase's bar. */
    stop(): void;
}

// Bars redraw at most ten times a second anyway; counting in batches keeps tick() cheap per record.
const TICK_BATCH = 500;

const silent: Progress = { start: () => undefined, tick: () => undefined, stop: () => undefined };

/**
 * Makes the progress reporter: a cli-progress bar on stderr when it is a terminal, nothing with
 * `--quiet` or when stderr is a file or a pipe.
 * @param io where the tool writes
 * @param quiet whether `--quiet` was given
 * @returns the reporter
 */
export function createProgress(io: CliIo, quiet: boolean): Progress {
    if (quiet || !io.stderr.isTTY) {
        return silent;
    }
    let bar: SingleBar | undefined;
    let pending = 0;
    const flush = () => {
        if (bar && pending > 0) {
            bar.increment(pending);
        }
        pending = 0;
    };
    return {
        start(label, total) {
            flush();
            bar?.stop();
            bar = new SingleBar(
                {
                    stream: io.stderr as NodeJS.WritableStream,
                    format: `${label.padEnd(22)} [{bar}] {value}/{total} | {eta_formatted} left`,
                    hideCursor: true,
                    clearOnComplete: false
                },
                Presets.shades_classic
            );
            bar.start(Math.max(total, 1), 0);
        },
        tick(count = 1) {
            pending += count;
            if (pending >= TICK_BATCH) {
                flush();
            }
        },
        stop() {
            flush();
            bar?.stop();
            bar = undefined;
        }
    };
}
