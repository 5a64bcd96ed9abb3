// formulon ships no types; these cover the three functions the project calls.
declare module 'formulon' {
    export interface FormulaLiteral {
        type: 'literal' | 'error';
        value?: unknown;
        dataType?: string;
        errorType?: string;
        message?: string;
        options?: Record<string, unknown>;
    }
    export function ast(formula: string): { type: string } & Record<string, unknown>;
    export function extract(formula: string): string[];
    export function parse(
        formula: string,
        substitutions?: Record<string, Omit<FormulaLiteral, 'type'> & { type?: 'literal' }>
    ): FormulaLiteral;
}
