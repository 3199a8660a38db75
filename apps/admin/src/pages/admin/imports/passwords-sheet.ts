// The one-time passwords of imported accounts as a CSV the admin saves on their own computer (built here, in the
// browser: the server never stores the passwords in readable form, and this list is not kept anywhere).
// `;`-separated UTF-8 with a BOM, as Excel in the Indonesian locale opens it into columns.

export interface TCreatedAccount {
  row: number;
  email: string;
  name: string;
  role: string;
  password: string;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function buildPasswordsCsv(accounts: readonly TCreatedAccount[], header: readonly string[]): string {
  const lines = [header, ...accounts.map((a) => [a.row, a.email, a.name, a.role, a.password])];
  return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Saves text as a file through a temporary link. */
export function saveTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
