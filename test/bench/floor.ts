import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** How the floor pages one list: the query of page `index` (0-based; cursor APIs read the previous page) and what a page holds. */
export interface FloorPaging {
	query: (index: number, previous?: IDataObject) => IDataObject;
	read: (body: IDataObject) => { records: IDataObject[]; last: (index: number, fetched: number) => boolean };
}

/**
 * The least any n8n node can do for a Return All: page with n8n's own
 * `httpRequestWithAuthentication` and emit each record as an item paired with item 0.
 * The package's nodes are measured against it.
 */
export function floorNode(name: string, credentialType: string, paging: FloorPaging): INodeType {
	return {
		description: {
			displayName: `Floor ${name}`,
			name,
			group: ['transform'],
			version: 1,
			description: 'Bench floor',
			defaults: { name: `Floor ${name}` },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				// Warm-up runs fetch one page; 0 pages through the whole list.
				{ displayName: 'Max Pages', name: 'maxPages', type: 'number', default: 0 },
			],
		},
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const url = this.getNodeParameter('url', 0) as string;
			const maxPages = this.getNodeParameter('maxPages', 0, 0) as number;
			const out: INodeExecutionData[] = [];
			let previous: IDataObject | undefined;
			for (let index = 0; ; index++) {
				const body = (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
					url,
					qs: paging.query(index, previous),
					json: true,
				})) as IDataObject;
				previous = body;
				const { records, last } = paging.read(body);
				for (const json of records) out.push({ json, pairedItem: { item: 0 } });
				if (records.length === 0 || last(index, out.length) || index + 1 === maxPages) break;
			}
			return [out];
		},
	};
}
