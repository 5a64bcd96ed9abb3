import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A failure the user can act on: printed as one line, without a stack trace. */
export class CliError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'CliError';
    }
}

/** What a tool reads and writes besides the network, so tests can run it in-process. */
export interface CliIo {
    stdout: { write(text: string): unknown };
    stderr: { write(text: string): unknown; isTTY?: boolean };
    env: NodeJS.ProcessEnv;
    /** The moment "today" and "waited" count from. */
    now: Date;
}

/** A tool's entry point: the arguments after the script name, and where it reads and writes. */
export type CliMain = (argv: string[], io: CliIo) => Promise<void>;

/** Turns an error into the user's one line, or undefined to leave it to the next explainer. */
export type ErrorExplainer = (error: unknown) => string | undefined;

const explainers: ErrorExplainer[] = [];

/**
 * Adds an explainer that knows a context the generic one does not, such as the org's alias.
 * @param explainer tried before the generic rules, newest first
 * @returns a function that removes it again
 */
export function registerErrorExplainer(explainer: ErrorExplainer): () => void {
    explainers.unshift(explainer);
    return () => {
        const index = explainers.indexOf(explainer);
        if (index >= 0) {
            explainers.splice(index, 1);
        }
    };
}

interface CodedError {
    message?: string;
    errorCode?: string;
    code?: string;
}

// Errors from the API, the network and the file system are expected: the user can fix them.
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'ECONNRESET',
    'ETIMEDOUT',
    'EAI_AGAIN'
]);

/**
 * The one line shown for an error, and whether it was expected (no stack trace then).
 * @param error anything thrown
 * @returns the message and whether the error is one the user can act on
 */
export function describeError(error: unknown): { message: string; expected: boolean } {
    for (const explain of explainers) {
        const message = explain(error);
        if (message) {
            return { message, expected: true };
        }
    }
    if (error instanceof CliError) {
        return { message: error.message, expected: true };
    }
    const coded = (error ?? {}) as CodedError;
    const message = String(coded.message ?? error).split('\n')[0];
    if (coded.errorCode) {
        return { message: `${coded.errorCode}: ${message}`, expected: true };
    }
    if (coded.code && (NETWORK_CODES.has(coded.code) || /^E[A-Z]+$/.test(coded.code))) {
        return { message, expected: true };
    }
    return { message, expected: false };
}

/**
 * Runs a tool's main function as the process: `error: <message>` and exit code 1 on failure, with
 * a stack trace only for errors nobody expected (a bug to report).
 * @param main the tool's entry point
 */
export function runCli(main: CliMain): void {
    const io: CliIo = {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        now: new Date()
    };
    main(process.argv.slice(2), io).then(
        () => undefined,
        (error: unknown) => {
            const { message, expected } = describeError(error);
            process.stderr.write(`error: ${message}\n`);
            if (!expected && error instanceof Error && error.stack) {
                process.stderr.write(`${error.stack}\n`);
            }
            process.exitCode = 1;
        }
    );
}

/**
 * parseArgs with strict checking, turning its errors into one line that points to --help.
 * @param argv the arguments
 * @param options the option definitions
 * @returns the parsed values
 */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(
    argv: string[],
    options: O
): ReturnType<typeof parseArgs<{ options: O; args: string[]; strict: true }>>['values'] {
    try {
        return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
    } catch (error) {
        // parseArgs ends some messages with a full stop and some without.
        const message = (error as Error).message.replace(/\.?$/, '.');
        throw new CliError(`${message} Run with --help to see the options.`);
    }
}

/**
 * Lets an option take an optional value (`--local` or `--local URL`), which parseArgs cannot
 * express: a bare flag gets the default value.
 * @param argv the arguments
 * @param flag the option, such as `--local`
 * @param defaultValue the value a bare flag stands for
 * @returns the arguments with the value filled in
 */
export function withOptionalValue(argv: string[], flag: string, defaultValue: string): string[] {
    const result: string[] = [];
    for (let index = 0; index < argv.length; index++) {
        result.push(argv[index]);
        const next = argv[index + 1];
        if (argv[index] === flag && (next === undefined || next.startsWith('-'))) {
            result.push(defaultValue);
        }
    }
    return result;
}

/**
 * Reads a whole positive number option.
 * @param name the option name, for the message
 * @param value the text given
 * @param range the smallest and largest number allowed, for an option with bounds
 * @returns the number
 */
export function positiveInteger(
    name: string,
    value: string,
    range?: { min: number; max: number }
): number {
    const number = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(number) || number <= 0) {
        throw new CliError(`--${name} ${value} is not a whole number above 0.`);
    }
    if (range && (number < range.min || number > range.max)) {
        throw new CliError(`--${name} ${value} is not from ${range.min} to ${range.max}.`);
    }
    return number;
}

/**
 * Reads a share option, given as 0.3 or 30%.
 * @param name the option name, for the message
 * @param value the text given
 * @returns the share, 0..1
 */
export function shareOption(name: string, value: string): number {
    const percent = value.endsWith('%');
    const digits = (percent ? value.slice(0, -1) : value).trim();
    // Number('') is 0, so an empty value would pass for a share of nothing.
    const number = digits === '' ? NaN : Number(digits) / (percent ? 100 : 1);
    if (!Number.isFinite(number) || number < 0 || number > 1) {
        throw new CliError(`--${name} ${value} is not a share: give 0.25 or 25%.`);
    }
    return number;
}

/**
 * Checks a format option against the tool's formats.
 * @param value the text given
 * @param formats the formats the tool writes
 * @returns the format
 */
export function formatOption<F extends string>(value: string, formats: readonly F[]): F {
    const format = formats.find((candidate) => candidate === value.toLowerCase());
    if (!format) {
        throw new CliError(`--format ${value} is not one of ${formats.join(', ')}.`);
    }
    return format;
}
