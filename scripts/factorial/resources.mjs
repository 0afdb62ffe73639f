export function buildResources() {
	return new Map();
}
