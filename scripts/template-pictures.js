#!/usr/bin/env node
'use strict';

/**
 * `npm run templates:pictures`: one SVG picture of each template's canvas
 * (templates/<name>.json → docs/templates/<name>.svg), drawn from the workflow JSON the way
 * n8n's editor lays it out: nodes at their positions with their names, this package's
 * icons, main connections as curves, AI connections (model, memory, tools) dashed, and the
 * sticky notes with their text. `--check` fails when a picture is missing or out of date.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const TEMPLATES_DIR = path.join(ROOT, 'templates');
const OUT_DIR = path.join(ROOT, 'docs', 'templates');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name;

const NODE = 100; // n8n draws a node as a 100 × 100 square
const SUB_NODE = 80; // and an AI sub-node (model, memory, tool) as an 80 px circle
const PAD = 40;
const TITLE = 44;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

// n8n's sticky note colours 1–7.
const STICKY = { 1: '#fff5d6', 2: '#fee8d1', 3: '#fbdadd', 4: '#e7f5e5', 5: '#dceaf9', 6: '#e6e1f5', 7: '#f3f3f3' };
const STICKY_BORDER = { 1: '#f5d77a', 2: '#f3b98a', 3: '#ef9aa3', 4: '#a9d9a2', 5: '#a9c8ee', 6: '#bfb2e6', 7: '#cfcfcf' };

// A glyph for n8n's own nodes (this package's nodes get their icon).
const GLYPHS = {
	'n8n-nodes-base.set': 'Set',
	'n8n-nodes-base.code': '{ }',
	'n8n-nodes-base.if': 'If',
	'n8n-nodes-base.scheduleTrigger': 'Cron',
	'n8n-nodes-base.manualTrigger': 'Run',
	'@n8n/n8n-nodes-langchain.agent': 'AI',
	'@n8n/n8n-nodes-langchain.chatTrigger': 'Chat',
	'@n8n/n8n-nodes-langchain.lmChatOpenAi': 'LLM',
	'@n8n/n8n-nodes-langchain.memoryBufferWindow': 'Mem',
};

const ICON_FILES = {
	humaans: 'humaans.svg',
	chiefOnboarding: 'chiefonboarding.svg',
	employmentHero: 'employmenthero.svg',
	hrOmni: 'hromni.svg',
	factorial: 'factorial.svg',
};

const escapeXml = (s) =>
	String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function packageIcon(type) {
	if (!type.startsWith(`${PACKAGE}.`)) return null;
	const name = type.slice(PACKAGE.length + 1);
	// factorialPayroll, humaansTrigger, chiefOnboardingTool: the system is the name's start.
	const system = Object.keys(ICON_FILES).find((key) => name.startsWith(key));
	const file = system && path.join(ROOT, 'icons', ICON_FILES[system]);
	if (!file || !fs.existsSync(file)) return null;
	return fs.readFileSync(file, 'utf8').trim();
}

/** An inline copy of an icon SVG placed at x, y with the given size. */
function placeIcon(svg, x, y, size) {
	return svg.replace(/<svg\b([^>]*)>/, (_m, attrs) => {
		const kept = attrs.replace(/\s(width|height|x|y)="[^"]*"/g, '');
		return `<svg${kept} x="${x}" y="${y}" width="${size}" height="${size}">`;
	});
}

const isSubNode = (node, template) =>
	Object.entries(template.connections[node.name] || {}).some(([kind]) => kind.startsWith('ai_'));
const isTrigger = (node) => /trigger$/i.test(node.type);

/** Greedy word wrap to about `width` characters per line. */
function wrap(text, width) {
	const lines = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			if (line && (line + ' ' + word).length > width) {
				lines.push(line);
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		lines.push(line);
	}
	return lines;
}

/** Sticky note markdown as lines of { text, bold, size }. */
function stickyLines(content, width) {
	const out = [];
	const chars = Math.max(10, Math.floor((width - 24) / 6.6));
	for (const raw of String(content).split('\n')) {
		const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
		const text = (heading ? heading[2] : raw).replace(/\*\*|`|\*/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
		if (heading) {
			const size = heading[1].length <= 2 ? 15 : 13;
			for (const l of wrap(text, Math.floor(chars * (11 / size)))) out.push({ text: l, bold: true, size });
		} else if (text.trim() === '') out.push({ text: '', size: 6 });
		else for (const l of wrap(text, chars)) out.push({ text: l, size: 11 });
	}
	return out;
}

function render(template) {
	const nodes = template.nodes;
	const boxes = new Map();
	for (const node of nodes) {
		const [x, y] = node.position;
		if (node.type === 'n8n-nodes-base.stickyNote') {
			boxes.set(node.name, { x, y, w: node.parameters.width || 240, h: node.parameters.height || 160, sticky: true });
		} else if (isSubNode(node, template)) {
			boxes.set(node.name, { x: x + (NODE - SUB_NODE) / 2, y, w: SUB_NODE, h: SUB_NODE, sub: true });
		} else {
			boxes.set(node.name, { x, y, w: NODE, h: NODE });
		}
	}
	const all = [...boxes.values()];
	const minX = Math.min(...all.map((b) => b.x)) - PAD;
	const minY = Math.min(...all.map((b) => b.y)) - PAD - TITLE;
	const maxX = Math.max(...all.map((b) => b.x + b.w)) + PAD;
	const maxY = Math.max(...all.map((b) => b.y + b.h)) + PAD + 30; // room for labels
	const width = Math.round(maxX - minX);
	const height = Math.round(maxY - minY);
	const out = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(template.name)}">`,
	);
	out.push(`<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#f7f7fa"/>`);
	out.push(`<text x="${minX + PAD}" y="${minY + 30}" ${FONT} font-size="18" font-weight="bold" fill="#2d2e3a">${escapeXml(template.name)}</text>`);

	// Sticky notes below everything else, as in the editor.
	for (const node of nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote')) {
		const b = boxes.get(node.name);
		const color = node.parameters.color || 1;
		out.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6" fill="${STICKY[color] || STICKY[1]}" stroke="${STICKY_BORDER[color] || STICKY_BORDER[1]}"/>`);
		let ty = b.y + 10;
		const lines = [];
		for (const line of stickyLines(node.parameters.content || '', b.w)) {
			ty += line.size + 5;
			if (ty > b.y + b.h - 8) break;
			if (!line.text) continue;
			lines.push(
				`<text x="${b.x + 12}" y="${ty}" ${FONT} font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''} fill="#3b3b47">${escapeXml(line.text)}</text>`,
			);
		}
		out.push(...lines);
	}

	// Connections.
	for (const [from, outputs] of Object.entries(template.connections)) {
		const a = boxes.get(from);
		if (!a) continue;
		for (const [kind, targets] of Object.entries(outputs)) {
			for (const c of targets.flat()) {
				const b = boxes.get(c.node);
				if (!b) continue;
				if (kind === 'main') {
					const x1 = a.x + a.w;
					const y1 = a.y + a.h / 2;
					const x2 = b.x;
					const y2 = b.y + b.h / 2;
					const dx = Math.max(40, (x2 - x1) / 2);
					out.push(`<path d="M${x1} ${y1} C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2 - 6} ${y2}" fill="none" stroke="#8e8ea0" stroke-width="2"/>`);
					out.push(`<path d="M${x2 - 8} ${y2 - 5} L${x2} ${y2} L${x2 - 8} ${y2 + 5} Z" fill="#8e8ea0"/>`);
				} else {
					const x1 = a.x + a.w / 2;
					const y1 = a.y;
					const x2 = b.x + b.w / 2;
					const y2 = b.y + b.h;
					out.push(`<path d="M${x1} ${y1} C${x1} ${y1 - 50} ${x2} ${y2 + 50} ${x2} ${y2}" fill="none" stroke="#8e8ea0" stroke-width="2" stroke-dasharray="6 4"/>`);
				}
			}
		}
	}

	// Nodes with their names below.
	for (const node of nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote')) {
		const b = boxes.get(node.name);
		const cx = b.x + b.w / 2;
		const cy = b.y + b.h / 2;
		if (b.sub) {
			out.push(`<circle cx="${cx}" cy="${cy}" r="${b.w / 2}" fill="#ffffff" stroke="#c4c4d0" stroke-width="2"/>`);
		} else if (isTrigger(node)) {
			out.push(`<path d="M${b.x + 36} ${b.y} H${b.x + b.w - 8} Q${b.x + b.w} ${b.y} ${b.x + b.w} ${b.y + 8} V${b.y + b.h - 8} Q${b.x + b.w} ${b.y + b.h} ${b.x + b.w - 8} ${b.y + b.h} H${b.x + 36} A36 50 0 0 1 ${b.x + 36} ${b.y} Z" fill="#ffffff" stroke="#c4c4d0" stroke-width="2"/>`);
		} else {
			out.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8" fill="#ffffff" stroke="#c4c4d0" stroke-width="2"/>`);
		}
		const icon = packageIcon(node.type);
		const size = b.sub ? 40 : 52;
		if (icon) out.push(placeIcon(icon, cx - size / 2, cy - size / 2, size));
		else {
			const glyph = GLYPHS[node.type] || node.type.split('.').pop().slice(0, 4);
			const fontSize = b.sub ? 16 : 20;
			out.push(`<text x="${cx}" y="${cy + fontSize / 3}" ${FONT} font-size="${fontSize}" font-weight="bold" text-anchor="middle" fill="#6b6b80">${escapeXml(glyph)}</text>`);
		}
		const labels = wrap(node.name, 18);
		labels.forEach((label, i) => {
			out.push(`<text x="${cx}" y="${b.y + b.h + 18 + i * 15}" ${FONT} font-size="12" text-anchor="middle" fill="#2d2e3a">${escapeXml(label)}</text>`);
		});
	}
	out.push('</svg>');
	return `${out.join('\n')}\n`;
}

function main() {
	const check = process.argv.includes('--check');
	const files = fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json')).sort();
	const wanted = new Map(files.map((f) => [`${path.basename(f, '.json')}.svg`, render(JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, f), 'utf8')))]));
	const existing = fs.existsSync(OUT_DIR) ? fs.readdirSync(OUT_DIR).filter((f) => f.endsWith('.svg')) : [];
	const stale = [];
	for (const [file, svg] of wanted) {
		const target = path.join(OUT_DIR, file);
		const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
		if (current === svg) continue;
		stale.push(file);
		if (!check) {
			fs.mkdirSync(OUT_DIR, { recursive: true });
			fs.writeFileSync(target, svg);
		}
	}
	const extra = existing.filter((f) => !wanted.has(f));
	if (!check) for (const f of extra) fs.rmSync(path.join(OUT_DIR, f));
	if (check) {
		if (stale.length || extra.length) {
			console.error(`template pictures out of date: ${[...stale, ...extra.map((f) => `${f} (no template)`)].join(', ')}; run npm run templates:pictures`);
			process.exit(1);
		}
		console.log(`${wanted.size} template pictures up to date`);
	} else {
		console.log(`${wanted.size} template pictures (${stale.length} written${extra.length ? `, ${extra.length} removed` : ''}) in ${path.relative(ROOT, OUT_DIR)}`);
	}
}

main();
