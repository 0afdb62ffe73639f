// Writes the README's operations table and "API documentation quirks" section from the
// built node descriptions (dist/) and docs/quirks/*.md. `--check` fails when the README
// is out of date instead of writing it.
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

const current = fs.readFileSync(readmePath, 'utf8');
let next = replaceBetween(current, 'operations', operationsTable());
next = replaceBetween(next, 'quirks', quirks());
if (process.argv.includes('--check')) {
	if (next !== current) {
		console.error('README.md is out of date: run `npm run build && npm run docs`.');
		process.exit(1);
	}
	console.log('README.md operations table and quirks are up to date.');
} else {
	fs.writeFileSync(readmePath, next);
	console.log('README.md updated.');
}
