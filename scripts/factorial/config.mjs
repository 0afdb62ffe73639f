// Hand-written inputs of the Factorial generator: node grouping, operation names, which
// ID fields are pickers, and the decisions on the spec's contradictions
// (docs/quirks/factorial.md). Data only.

/** The action nodes and the modules (path segment after /resources/) each one holds. */
export const NODES = [
	{
		key: 'factorial',
		className: 'Factorial',
		displayName: 'Factorial',
		description: 'Manage employees, teams, locations, companies, custom fields and webhooks in Factorial HR',
		defaultResource: 'employeesEmployee',
		modules: ['api_public', 'approvals', 'companies', 'employees', 'employee_updates', 'teams', 'locations', 'holidays', 'job_catalog', 'custom_fields', 'custom_resources', 'marketplace', 'integrations'],
		aliases: ['employee', 'team', 'location', 'legal entity', 'custom field', 'org chart'],
	},
	{
		key: 'factorialTimeOff',
		className: 'FactorialTimeOff',
		displayName: 'Factorial Time Off',
		description: 'Manage leaves, allowances, leave types, policies and blocked periods in Factorial HR',
		defaultResource: 'timeoffLeave',
		modules: ['timeoff'],
		aliases: ['leave', 'time off', 'absence', 'vacation', 'holiday', 'PTO', 'allowance', 'employee'],
	},
	{
		key: 'factorialAttendance',
		className: 'FactorialAttendance',
		displayName: 'Factorial Attendance',
		description: 'Manage clock-ins, shifts, overtime, work schedules and time planning in Factorial HR',
		defaultResource: 'attendanceShift',
		modules: ['attendance', 'shift_management', 'time_planning', 'time_settings', 'work_schedule'],
		aliases: ['attendance', 'clock in', 'shift', 'timesheet', 'overtime', 'work schedule', 'time tracking', 'employee'],
	},
	{
		key: 'factorialPayroll',
		className: 'FactorialPayroll',
		displayName: 'Factorial Payroll',
		description: 'Manage contracts, compensations, payroll supplements and payroll codes in Factorial HR',
		defaultResource: 'contractsContractVersion',
		modules: ['contracts', 'compensations', 'payroll', 'payroll_employees', 'payroll_integrations_base'],
		aliases: ['payroll', 'contract', 'salary', 'compensation', 'payslip', 'employee'],
	},
	{
		key: 'factorialFinance',
		className: 'FactorialFinance',
		displayName: 'Factorial Finance',
		description: 'Manage accounting, expenses, banking, procurement and cost centers in Factorial HR',
		defaultResource: 'expensesExpense',
		modules: ['finance', 'banking', 'expenses', 'procurement', 'bookkeepers_management'],
		aliases: ['expense', 'finance', 'accounting', 'invoice', 'cost center', 'bank account', 'employee'],
	},
	{
		key: 'factorialTalent',
		className: 'FactorialTalent',
		displayName: 'Factorial Talent',
		description: 'Manage performance reviews, trainings and sessions in Factorial HR',
		defaultResource: 'performanceReviewProcess',
		modules: ['performance', 'trainings'],
		aliases: ['performance review', 'training', 'learning', 'goal', 'evaluation', 'employee'],
	},
	{
		key: 'factorialRecruiting',
		className: 'FactorialRecruiting',
		displayName: 'Factorial Recruiting',
		description: 'Manage job postings, candidates, applications and hiring stages in Factorial HR',
		defaultResource: 'atsCandidate',
		modules: ['ats'],
		aliases: ['ATS', 'recruiting', 'candidate', 'job posting', 'applicant', 'hiring', 'employee'],
	},
	{
		key: 'factorialProjects',
		className: 'FactorialProjects',
		displayName: 'Factorial Projects',
		description: 'Manage projects, subprojects, project workers, tasks and time records in Factorial HR',
		defaultResource: 'projectManagementProject',
		modules: ['project_management'],
		aliases: ['project', 'time record', 'project task', 'client', 'employee'],
	},
	{
		key: 'factorialWorkplace',
		className: 'FactorialWorkplace',
		displayName: 'Factorial Workplace',
		description: 'Manage documents, folders, posts, tasks and IT assets in Factorial HR',
		defaultResource: 'documentsDocument',
		modules: ['documents', 'posts', 'tasks', 'it_management'],
		aliases: ['document', 'file', 'post', 'announcement', 'task', 'IT asset', 'employee'],
	},
];

/** Names of `POST /m/r/<segment>` actions that title case of the segment does not give. */
export const ACTION_NAMES = {
	bulk_create: 'Create Many',
	bulk_delete: 'Delete Many',
	bulk_destroy: 'Delete Many',
	bulk_update: 'Update Many',
	bulk_create_update: 'Create or Update Many',
	bulk_cud: 'Create, Update or Delete Many',
	upsert: 'Create or Update',
	break_start: 'Start Break',
	break_end: 'End Break',
	toggle_clock: 'Clock In or Out',
	move_to_trash_bin: 'Move to Trash',
	restore_from_trash_bin: 'Restore From Trash',
	remind_in_bulk: 'Send Reminders',
	approve_all: 'Approve All Steps',
	bulk_set_to_paid: 'Mark Many as Paid',
	bulk_initiate: 'Initiate Many',
	bulk_duplicate: 'Duplicate Many',
	bulk_assign: 'Assign Many',
	bulk_process: 'Process Many',
	bulk_update_catalog: 'Update Catalog of Many',
	bulk_upsert: 'Create or Update Many',
	set: 'Set Scale',
	delete_with_alt_allowance: 'Delete With Alternative Allowance',
	soft_delete: 'Soft Delete',
};

/** Value (and name) overrides of actions that are a resource's only create or update. */
export const ACTION_OVERRIDES = {
	'finance/cost_centers/edit': { value: 'update', name: 'Update' },
	'banking/bank_accounts/create_manual': { value: 'create', name: 'Create' },
	'employees/employees/create_with_contract': { value: 'create', name: 'Create (With Contract)' },
	'approvals/materialized_approvals_flows/approve_resource': { value: 'approve', name: 'Approve' },
	'approvals/materialized_approvals_flows/reject_resource': { value: 'reject', name: 'Reject' },
};

/**
 * Pickers: list endpoint (module/resource) of each ref, and how an item is labelled in the
 * list. nodes/Factorial/lookups.ts holds the same keys with their labels.
 */
export const REF_RESOURCES = {
	employee: 'employees/employees',
	legalEntity: 'companies/legal_entities',
	location: 'locations/locations',
	workArea: 'locations/work_areas',
	team: 'teams/teams',
	leaveType: 'timeoff/leave_types',
	leave: 'timeoff/leaves',
	timeoffPolicy: 'timeoff/policies',
	project: 'project_management/projects',
	subproject: 'project_management/subprojects',
	projectWorker: 'project_management/project_workers',
	reviewProcess: 'performance/review_processes',
	jobPosting: 'ats/job_postings',
	candidate: 'ats/candidates',
	application: 'ats/applications',
	applicationPhase: 'ats/application_phases',
	contractTemplate: 'contracts/contract_templates',
	customField: 'custom_fields/fields',
	training: 'trainings/trainings',
	workSchedule: 'work_schedule/schedules',
	folder: 'documents/folders',
	document: 'documents/documents',
	postGroup: 'posts/groups',
	task: 'tasks/tasks',
	costCenter: 'finance/cost_centers',
	breakConfiguration: 'time_settings/break_configurations',
};

/** Field names (body or query, without `[]`) whose value is an ID of a ref. */
export const REF_FIELDS = {
	employee_id: 'employee',
	employee_ids: 'employee',
	employees_ids: 'employee',
	manager_id: 'employee',
	timeoff_manager_id: 'employee',
	termination_assigned_manager_id: 'employee',
	assignee_employee_ids: 'employee',
	requester_employee_ids: 'employee',
	legal_entity_id: 'legalEntity',
	legal_entity_ids: 'legalEntity',
	legal_entities_ids: 'legalEntity',
	location_id: 'location',
	location_ids: 'location',
	work_area_id: 'workArea',
	team_id: 'team',
	team_ids: 'team',
	leave_type_id: 'leaveType',
	leave_type_ids: 'leaveType',
	leave_id: 'leave',
	timeoff_policy_id: 'timeoffPolicy',
	timeoff_policy_ids: 'timeoffPolicy',
	project_id: 'project',
	project_ids: 'project',
	subproject_id: 'subproject',
	subproject_ids: 'subproject',
	project_worker_id: 'projectWorker',
	project_worker_ids: 'projectWorker',
	performance_review_process_id: 'reviewProcess',
	performance_review_process_ids: 'reviewProcess',
	review_process_id: 'reviewProcess',
	review_process_ids: 'reviewProcess',
	ats_job_posting_id: 'jobPosting',
	ats_job_posting_ids: 'jobPosting',
	job_posting_ids: 'jobPosting',
	ats_candidate_id: 'candidate',
	ats_candidate_ids: 'candidate',
	ats_application_id: 'application',
	ats_application_ids: 'application',
	ats_application_phase_id: 'applicationPhase',
	contracts_contract_template_id: 'contractTemplate',
	contract_template_id: 'contractTemplate',
	training_id: 'training',
	training_ids: 'training',
	schedule_id: 'workSchedule',
	schedule_ids: 'workSchedule',
	folder_id: 'folder',
	post_group_id: 'postGroup',
	task_id: 'task',
	task_ids: 'task',
	cost_center_id: 'costCenter',
	cost_center_ids: 'costCenter',
	time_settings_break_configuration_id: 'breakConfiguration',
	time_settings_break_configuration_ids: 'breakConfiguration',
};

/**
 * Query parameters the spec marks required that are filters, not scope (quirk F-05):
 * '*' relaxes every one of that list. Required booleans are always relaxed.
 */
export const RELAXED_QUERY = {
	'project_management/project_tasks': '*',
	'time_planning/planned_breaks': '*',
	'contracts/contract_versions': ['job_catalog_tree_node_uuids[]'],
	'contracts/reference_contracts': ['job_catalog_tree_node_uuids[]'],
	'attendance/reviews': ['reviewed_at'],
	'trainings/training_memberships': ['due_date'],
};

/** Uploads whose file the spec requires but a request without one makes sense (quirk F-08). */
export const OPTIONAL_UPLOADS = ['ats/messages', 'project_management/project_tasks/{id}'];

/** Fields whose date kind the example or name gets wrong. */
export const DATE_KIND = {
	due_date: undefined,
	message_from: undefined,
};

/** Keys tried first, in this order, for Simplify on records with more than ten fields. */
export const SIMPLIFY_PREFERRED = [
	'id',
	'name',
	'full_name',
	'first_name',
	'last_name',
	'title',
	'legal_name',
	'label_text',
	'email',
	'status',
	'state',
	'type',
	'employee_id',
	'company_id',
	'start_on',
	'finish_on',
	'end_on',
	'starts_on',
	'ends_on',
	'date',
	'description',
	'created_at',
	'updated_at',
];
