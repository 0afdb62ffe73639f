// Writes the README's operations table and "API documentation quirks" section from the
// built node descriptions (dist/) and docs/quirks/*.md, and docs/descriptions/<node>.json:
// every node's description as n8n sends it to the editor, so a change to one shows in the
// diff. Prints each description's size. `--check` fails when any of them is out of date
// instead of writing it.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const readmePath = path.join(root, 'README.md');

function loadNode(distFile) {
	const mod = require(path.join(root, distFile));
	const NodeClass = Object.values(mod).find((value) => typeof value === 'function');
	return new NodeClass();
}

function operationsTable() {
	const sections = [];
	for (const file of pkg.n8n.nodes) {
		const { description } = loadNode(file);
		const resource = description.properties.find((p) => p.name === 'resource');
		if (!resource) {
			const events = description.properties.find((p) => p.name === 'events' || p.name === 'event');
			const list = events?.options?.map((o) => o.name).join(', ');
			sections.push(`### ${description.displayName}\n\n${description.description}.${list ? `\n\nEvents: ${list}.` : ''}\n`);
			continue;
		}
		let count = 0;
		const rows = resource.options.map((option) => {
			const operations = description.properties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(option.value),
			);
			const names = (operations?.options ?? []).map((o) => o.name);
			count += names.length;
			return `| ${option.name} | ${names.join(', ')} |`;
		});
		sections.push(
			`### ${description.displayName}\n\n${resource.options.length} resources, ${count} operations.\n\n| Resource | Operations |\n| --- | --- |\n${rows.join('\n')}\n`,
		);
	}
	return sections.join('\n');
}

function quirks() {
	const dir = path.join(root, 'docs', 'quirks');
	if (!fs.existsSync(dir)) return '';
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim())
		.join('\n\n');
}

function replaceBetween(text, name, content) {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const a = text.indexOf(start);
	const b = text.indexOf(end);
	if (a === -1 || b === -1) throw new Error(`README.md lacks the ${start} … ${end} markers`);
	return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
}

const descriptionsDir = path.join(root, 'docs', 'descriptions');

/** docs/descriptions/<node>.json for every node, and each description's size as sent (compact JSON). */
function descriptionFiles() {
	const files = new Map();
	const sizes = [];
	for (const file of pkg.n8n.nodes) {
		const { description } = loadNode(file);
		files.set(path.join(descriptionsDir, `${description.name}.json`), `${JSON.stringify(description, null, '\t')}\n`);
		sizes.push({ name: description.name, bytes: Buffer.byteLength(JSON.stringify(description)) });
	}
	return { files, sizes };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const check = process.argv.includes('--check');
const stale = [];

const current = fs.readFileSync(readmePath, 'utf8');
let next = replaceBetween(current, 'operations', operationsTable());
next = replaceBetween(next, 'quirks', quirks());
if (next !== current) stale.push('README.md');
if (!check) fs.writeFileSync(readmePath, next);

const { files, sizes } = descriptionFiles();
const known = fs.existsSync(descriptionsDir) ? fs.readdirSync(descriptionsDir).filter((f) => f.endsWith('.json')) : [];
for (const orphan of known.map((f) => path.join(descriptionsDir, f)).filter((f) => !files.has(f))) {
	stale.push(path.relative(root, orphan));
	if (!check) fs.unlinkSync(orphan);
}
for (const [file, text] of files) {
	if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
	stale.push(path.relative(root, file));
	if (!check) {
		fs.mkdirSync(descriptionsDir, { recursive: true });
		fs.writeFileSync(file, text);
	}
}

for (const { name, bytes } of sizes) console.log(`${name.padEnd(28)} ${kb(bytes).padStart(9)}`);
console.log(`${'package'.padEnd(28)} ${kb(sizes.reduce((sum, s) => sum + s.bytes, 0)).padStart(9)}`);

if (check) {
	if (stale.length) {
		console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build && npm run docs\`.`);
		process.exit(1);
	}
	console.log('README.md and docs/descriptions are up to date.');
} else {
	console.log(stale.length ? `Updated: ${stale.join(', ')}.` : 'README.md and docs/descriptions were up to date.');
}
