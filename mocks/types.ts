/**
 * Server-side JSON shapes, written out in full rather than taken from the client's zod schemas:
 * the schemas are lenient (defaults, optional keys) while the fixtures must send every key the
 * newest server sends. `mocks/handlers/schemas.test.ts` proves the two agree.
 */

export type MarkdownBlockJson = { id: string; key: 'markdown'; status: string; content: string };
type CodeBlockJson = { id: string; key: 'code'; status: string; content: string; tag: string };
type MermaidBlockJson = { id: string; key: 'mermaid'; status: string; content: string };
type NavLinkJson = {
  label: string;
  url: string;
  variant: string;
  subtitle: string;
  description_excerpt: string;
};
export type HomeportNavBlockJson = {
  id: string;
  key: 'homeport_nav';
  status: string;
  content: string;
  links: NavLinkJson[];
};
type FormOptionJson = { id: string; label: string; description?: string; value?: string };
type FormQuestionJson = {
  id: string;
  question: string;
  header?: string;
  options?: FormOptionJson[];
  multiSelect?: boolean;
  allowFreeText?: boolean;
};
export type AskUserFormBlockJson = {
  id: string;
  key: 'ask_user_form';
  status: string;
  questions: FormQuestionJson[];
  context?: string;
};
export type ToolBlockJson = {
  id: string;
  key: 'tool';
  status: string;
  tool: { call_id: string; name: string; arguments: Record<string, string | number>; summary: string };
  result: MarkdownBlockJson | HomeportNavBlockJson | AskUserFormBlockJson;
};
/** A kind the anonymous path should never produce; it shows how the UI copes with strangers. */
type UnknownBlockJson = {
  id: string;
  key: 'vm_order';
  status: string;
  data: Record<string, string | number>;
};

export type BlockJson =
  | MarkdownBlockJson
  | CodeBlockJson
  | MermaidBlockJson
  | HomeportNavBlockJson
  | AskUserFormBlockJson
  | ToolBlockJson
  | UnknownBlockJson;

export type FeedbackJson = {
  interaction_uuid: string;
  score: 1 | -1 | null;
  comment: string;
  category: string;
  submitted_from_ip: string | null;
  submitted_at: string | null;
  llm_resolution_score: number | null;
  llm_intent_category: string;
  llm_hallucination_detected: boolean;
  llm_hallucination_details: string;
  llm_summary: string;
  llm_reviewed_at: string | null;
  llm_judge_input_tokens: number;
  llm_judge_output_tokens: number;
  llm_judge_model: string;
  modified_at: string;
};

export type InteractionJson = {
  uuid: string;
  user_slug: string;
  user_input: string;
  assistant_blocks: BlockJson[];
  click_count: number;
  input_tokens: number | null;
  output_tokens: number | null;
  offering_uuids: string[];
  result_count: number;
  is_flagged: boolean;
  severity: string;
  injection_categories: string[];
  pii_categories: string[];
  action_taken: string;
  warning: string;
  ip_address: string | null;
  session_id: string;
  last_active_at: string | null;
  created: string;
  feedback: FeedbackJson | null;
};

/** 8.1.0-era turns: no token columns yet. */
export type LegacyInteractionJson = Omit<InteractionJson, 'input_tokens' | 'output_tokens'>;

export type ConversationJson = {
  session_id: string;
  user_slug: string;
  message_count: number;
  is_flagged: boolean;
  max_severity: string;
  max_severity_rank: number;
  has_feedback: boolean;
  offerings_shown: number;
  offerings_clicked: number;
  models_used: string;
  is_reviewed: boolean;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  started: string | null;
  last_active: string | null;
};

/** The 2026-07-26 nightly's conversation row. */
export type LegacyConversationJson = Pick<
  ConversationJson,
  | 'session_id'
  | 'user_slug'
  | 'message_count'
  | 'is_flagged'
  | 'max_severity'
  | 'has_feedback'
  | 'offerings_shown'
  | 'offerings_clicked'
  | 'started'
  | 'last_active'
>;

export type UserAggregateJson = {
  user_slug: string;
  last_seen: string | null;
  total_interactions: number;
  session_count: number;
  positive_feedback: number;
  negative_feedback: number;
  no_feedback: number;
  injection_strikes: number;
};

export type SeverityKey = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export type KpiJson = {
  interactions_total: number;
  sessions_total: number;
  unique_users: number;
  flagged_total: number;
  feedback_positive: number;
  feedback_negative: number;
  satisfaction_rate: number | null;
  clicks_total: number;
  click_through_rate: number | null;
  input_tokens_total?: number;
  output_tokens_total?: number;
  reviewed_total: number;
  review_input_tokens_total?: number;
  review_output_tokens_total?: number;
  avg_llm_resolution_score: number | null;
  llm_intent_distribution?: Record<string, number>;
  hallucination_rate: number | null;
  review_coverage: number | null;
  daily_volume: { date: string; count: number }[];
  severity_by_day: { labels: string[]; series: Record<SeverityKey, number[]> };
  /** Newer servers only (docs/api.md §10). */
  clarification_requests_total?: number;
  clarification_rate?: number | null;
};

export type BudgetJson = {
  tokens_today: number;
  tokens_limit: number;
  resets_at: string;
  requests_today?: number;
  requests_limit?: number;
};

export type UserMeJson = {
  uuid: string;
  username: string;
  full_name: string;
  email: string;
  is_staff: boolean;
  is_support: boolean;
  token: string;
  [extra: string]: unknown;
};
