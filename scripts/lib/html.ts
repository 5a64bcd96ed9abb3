/**
 * Escapes text for HTML content and attribute values.
 * @param text the text
 * @returns the escaped text
 */
export function escapeHtml(text: string): string {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

/**
 * Makes a value safe to place inside a <script> element as JSON.
 * @param value the value
 * @returns JSON with `<` escaped, so no `</script>` can end the element early
 */
export function jsonForScript(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Makes script text safe to inline: a literal `</script` would end the element early.
 * @param source JavaScript source
 * @returns the source with `</script` escaped
 */
export function inlineScript(source: string): string {
    return source.replace(/<\/script/gi, '<\\/script');
}

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #181818;
  margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.meta { color: #5c5c5c; margin-top: 0; }
.signal { background: #fef1e8; border-left: 4px solid #dd7a01; padding: 0.5rem 0.75rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.overdue { color: #ba0517; font-weight: 600; }
.chart { position: relative; height: 18rem; margin: 1rem 0 2rem; }
`;

/**
 * A self-contained HTML page: no external styles, scripts or fonts.
 * @param title the page title
 * @param body the body's HTML
 * @returns the document
 */
export function htmlPage(title: string, body: string): string {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
