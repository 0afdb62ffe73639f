import { randomBytes } from 'crypto';

export interface MultipartFile {
	name: string;
	filename: string;
	contentType: string;
	data: Buffer;
}

/**
 * Encodes a multipart/form-data body by hand: node code may not depend on form-data
 * packages, and a Buffer body is sent byte for byte by every n8n HTTP helper. A field with
 * a list of values is sent as one part per value (Rails' `ids[]` arrays).
 */
export function encodeMultipart(fields: Record<string, string | string[]>, files: MultipartFile[]) {
	const boundary = `----n8nHris${randomBytes(12).toString('hex')}`;
	const quote = (value: string) => value.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
	const parts: Buffer[] = [];
	for (const [name, values] of Object.entries(fields)) {
		for (const value of Array.isArray(values) ? values : [values]) {
			parts.push(
				Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`),
			);
		}
	}
	for (const file of files) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.name)}"; filename="${quote(file.filename)}"\r\n` +
					`Content-Type: ${file.contentType}\r\n\r\n`,
			),
			file.data,
			Buffer.from('\r\n'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
