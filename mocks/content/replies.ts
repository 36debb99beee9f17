import type { Rng } from '../random';
import type {
  AskUserFormBlockJson,
  BlockJson,
  HomeportNavBlockJson,
  MarkdownBlockJson,
  ToolBlockJson,
} from '../types';
import { dashed, type Intent, OFFERINGS, type Offering, offeringPath, offeringsFor } from './offerings';

/** One assistant reply with what the server derives from it. */
export type Reply = {
  blocks: BlockJson[];
  /** Harvested like the server does: nav links, then prose links, in render order, exact-deduplicated. */
  offeringUuids: string[];
  /** Lowercased assistant prose, for the `query` filter. */
  text: string;
  /** Tool-loop rounds, which multiply the prompt tokens. */
  toolRounds: number;
};

export type ReplyKind =
  | 'search'
  | 'get_offering'
  | 'list_categories'
  | 'compare'
  | 'ask_user'
  | 'markdown'
  | 'code'
  | 'mermaid'
  | 'vm_order'
  | 'empty'
  | 'thanks';

const KEYWORDS: Record<Intent, readonly string[]> = {
  gpu_compute: ['GPU', 'A100', 'H100', 'deep learning', 'GPU training'],
  hpc_compute: ['CPU cluster', 'HPC', 'core hours', 'high memory'],
  hpc_storage: ['storage', 'S3', 'archive', 'backup'],
  cloud_vms: ['virtual machine', 'Kubernetes', 'VM', 'desktop'],
  research_software: ['MATLAB', 'Jupyter', 'AlphaFold', 'licence', 'Galaxy'],
  consultation: ['training', 'consulting', 'support', 'porting'],
  unclear: ['computing', 'research'],
};

const CATEGORY_TITLES = [
  'GPU compute',
  'HPC compute',
  'HPC storage',
  'Cloud VMs',
  'Research software',
  'Consultation',
];

class BlockIds {
  private n = 0;
  next(): string {
    const id = `blk_${this.n}`;
    this.n += 1;
    return id;
  }
}

function markdown(ids: BlockIds, content: string): MarkdownBlockJson {
  return { id: ids.next(), key: 'markdown', status: 'complete', content };
}

function link(offering: Offering, useDashed = false): string {
  return `[${offering.name}](${offeringPath(useDashed ? dashed(offering.uuid) : offering.uuid)})`;
}

function navBlock(ids: BlockIds, summary: string, offerings: readonly Offering[]): HomeportNavBlockJson {
  return {
    id: ids.next(),
    key: 'homeport_nav',
    status: 'complete',
    content: summary,
    links: offerings.map((offering) => ({
      label: offering.name,
      url: offeringPath(offering.uuid),
      variant: 'primary',
      subtitle: offering.provider,
      description_excerpt: offering.excerpt.slice(0, 200),
    })),
  };
}

function toolBlock(
  ids: BlockIds,
  name: string,
  args: Record<string, string | number>,
  summary: string,
  result: (ids: BlockIds) => ToolBlockJson['result'],
): ToolBlockJson {
  const id = ids.next();
  const callId = `call_${id.slice(4)}`;
  return {
    id,
    key: 'tool',
    status: 'complete',
    tool: { call_id: callId, name, arguments: args, summary },
    result: result(ids),
  };
}

const emptyResult = (ids: BlockIds): MarkdownBlockJson => markdown(ids, '');

function pickOfferings(intent: Intent, rng: Rng, count: number): Offering[] {
  return rng.sample(offeringsFor(intent), count);
}

const OUTROS = [
  'Would you like me to compare them or check eligibility for your project?',
  'Let me know your expected usage and I can narrow this down.',
  'Each offering page lists prices and how to request access.',
  'You can request access directly from the offering page after signing in.',
  '',
];

function searchReply(intent: Intent, rng: Rng, ids: BlockIds): BlockJson[] {
  const keyword = rng.pick(KEYWORDS[intent]);
  const offerings = pickOfferings(intent === 'unclear' ? 'gpu_compute' : intent, rng, rng.int(1, 4));
  const summary = `Found ${offerings.length} offering(s) matching '${keyword}'.`;
  const tool = toolBlock(ids, 'search_offerings', { keyword }, summary, (inner) =>
    navBlock(inner, summary, offerings),
  );
  const highlighted = offerings.slice(0, rng.int(1, Math.min(2, offerings.length)));
  // Prose links sometimes use the dashed UUID spelling; the server keeps both spellings.
  const dashedLinks = rng.chance(0.05);
  const bullets = highlighted
    .map((offering) => `- ${link(offering, dashedLinks)} by ${offering.provider}: ${offering.excerpt}`)
    .join('\n');
  const intro = rng.pick([
    `Here are the best matches for **${keyword}**:`,
    `I found ${offerings.length} relevant offering${offerings.length === 1 ? '' : 's'}. The closest fit:`,
    `Based on what you described, these look most suitable:`,
  ]);
  const outro = rng.pick(OUTROS);
  return [tool, markdown(ids, [intro, bullets, outro].filter(Boolean).join('\n\n'))];
}

function getOfferingReply(intent: Intent, rng: Rng, ids: BlockIds): BlockJson[] {
  const [offering] = pickOfferings(intent === 'unclear' ? 'hpc_storage' : intent, rng, 1);
  const summary = `Loaded details for '${offering.name}'.`;
  const tool = toolBlock(ids, 'get_offering', { offering_uuid: offering.uuid }, summary, (inner) =>
    navBlock(inner, summary, [offering]),
  );
  const text = [
    `### ${offering.name}`,
    `Provided by **${offering.provider}**.`,
    offering.excerpt,
    rng.pick([
      'Access is granted per project; a PI or project manager submits the request.',
      'Pricing depends on your organisation type. Academic users usually get a discounted rate.',
      'Typical approval time is 2–5 working days.',
    ]),
  ].join('\n\n');
  return [tool, markdown(ids, text)];
}

function listCategoriesReply(rng: Rng, ids: BlockIds): BlockJson[] {
  const count = CATEGORY_TITLES.length;
  const tool = toolBlock(ids, 'list_categories', {}, `Listed ${count} categories.`, emptyResult);
  const lines = CATEGORY_TITLES.map((title) => `- **${title}** (${rng.int(2, 19)} offerings)`);
  return [
    tool,
    markdown(
      ids,
      `The marketplace currently has these categories:\n\n${lines.join('\n')}\n\nWhich area are you interested in?`,
    ),
  ];
}

function compareReply(intent: Intent, rng: Rng, ids: BlockIds): BlockJson[] {
  const pool = intent === 'unclear' ? offeringsFor('gpu_compute') : offeringsFor(intent);
  const [a, b] = rng.sample(pool, 2);
  if (!b) return searchReply(intent, rng, ids);
  const keyword = rng.pick(KEYWORDS[intent]);
  const summary = `Found 2 offering(s) matching '${keyword}'.`;
  const search = toolBlock(ids, 'search_offerings', { keyword }, summary, (inner) =>
    navBlock(inner, summary, [a, b]),
  );
  const compare = toolBlock(
    ids,
    'compare_offerings',
    { offering_a: a.uuid, offering_b: b.uuid },
    `Compared 2 offerings.`,
    emptyResult,
  );
  const table = [
    `| | ${link(a)} | ${link(b)} |`,
    '|---|---|---|',
    `| Provider | ${a.provider} | ${b.provider} |`,
    `| Best for | ${a.excerpt.split(';')[0].split(',')[0]} | ${b.excerpt.split(';')[0].split(',')[0]} |`,
    `| Access | ${rng.pick(['Allocation call', 'Self-service', 'On request'])} | ${rng.pick(['Self-service', 'On request', 'Allocation call'])} |`,
  ].join('\n');
  return [search, compare, markdown(ids, `Here is a side-by-side comparison:\n\n${table}`)];
}

function askUserReply(intent: Intent, rng: Rng, ids: BlockIds): BlockJson[] {
  const form = (inner: BlockIds): AskUserFormBlockJson => ({
    id: inner.next(),
    key: 'ask_user_form',
    status: 'complete',
    context: 'To recommend the right offering I need a bit more detail.',
    questions: [
      {
        id: 'q1',
        header: 'Workload',
        question: 'What kind of workload are you planning?',
        multiSelect: false,
        allowFreeText: true,
        options: [
          { id: 'training', label: 'Model training', description: 'Multi-GPU, long-running jobs' },
          { id: 'inference', label: 'Inference or serving' },
          { id: 'simulation', label: 'Simulation (CPU/MPI)' },
          { id: 'analysis', label: 'Data analysis or notebooks' },
        ],
      },
      {
        id: 'q2',
        header: 'Scale',
        question:
          intent === 'hpc_storage' ? 'How much data do you need to store?' : 'How much compute per month?',
        multiSelect: false,
        options:
          intent === 'hpc_storage'
            ? [
                { id: 's', label: 'Under 10 TB', value: 'lt10' },
                { id: 'm', label: '10–100 TB', value: '10to100' },
                { id: 'l', label: 'More than 100 TB', value: 'gt100' },
              ]
            : [
                { id: 's', label: 'A few hundred hours', value: 'small' },
                { id: 'm', label: 'Thousands of hours', value: 'medium' },
                { id: 'l', label: 'More than 100,000 hours', value: 'large' },
              ],
      },
    ],
  });
  const blocks: BlockJson[] = [];
  if (rng.chance(0.4)) blocks.push(markdown(ids, 'Happy to help! A couple of quick questions first.'));
  blocks.push(toolBlock(ids, 'ask_user', { questions: 2 }, 'Asked the visitor 2 question(s).', form));
  return blocks;
}

const PLAIN: Record<Intent, readonly string[]> = {
  gpu_compute: [
    'GPU access is usually granted per project. Students can often use a free **student GPU quota**, while larger projects apply through an allocation call. Tell me roughly how many GPU-hours you need and I will point you to the right offering.',
    'Most GPU partitions use **Slurm**. You request GPUs with `--gres=gpu:a100:2` and can run containers with Apptainer.',
  ],
  hpc_compute: [
    'The maximum walltime is typically **7 days** on standard partitions and 30 days on the long partition, but check the offering page of each cluster.',
    'Yes, all the HPC systems listed in the marketplace use Slurm as the scheduler.',
  ],
  hpc_storage: [
    'Scratch is fast but **not backed up** and is purged after 30 days; project storage is persistent and snapshotted daily. Keep raw data on project storage and use scratch for job I/O.',
    'For sensitive data, use an offering that is explicitly certified for personal data. Ordinary project storage is not suitable for health data.',
  ],
  cloud_vms: [
    'VMs are usually available within minutes once your project is approved. All images get both IPv4 and IPv6 addresses by default.',
    'For a hackathon, create one project and invite the participants; each can then launch small VMs themselves.',
  ],
  research_software: [
    'Licensed software is available as environment modules on the cluster: run `module avail` after logging in to see versions.',
    'You can install your own packages with conda or pip in your home directory; no admin rights are needed.',
  ],
  consultation: [
    'Support requests go through the provider of each offering. For code porting there is a dedicated consultation offering, and training workshops run monthly.',
  ],
  unclear: [
    "Hi! I'm the marketplace assistant. I can help you find computing, storage and software services for research. What are you working on?",
    'I can only help with questions about the research marketplace: compute, storage, cloud and software offerings. For anything else, please contact the service desk.',
    "I'm sorry, I can't help with that. I can answer questions about the offerings in this marketplace.",
    'Tere! I currently answer in English only, but you can ask in any language and I will do my best.',
    'For password or login problems please contact your home organisation\u2019s IT support; I cannot access accounts.',
  ],
};

const CODE_SNIPPETS: readonly { tag: string; intro: string; content: string }[] = [
  {
    tag: 'bash',
    intro: 'Here is a minimal Slurm batch script for a single-node GPU job:',
    content: [
      '#!/bin/bash',
      '#SBATCH --job-name=train',
      '#SBATCH --partition=gpu',
      '#SBATCH --gres=gpu:a100:4',
      '#SBATCH --cpus-per-task=32',
      '#SBATCH --time=24:00:00',
      '',
      'module load cuda/12.4',
      'srun apptainer exec --nv pytorch.sif python train.py --epochs 10',
    ].join('\n'),
  },
  {
    tag: 'python',
    intro: 'The S3 storage works with any S3 client, for example boto3:',
    content: [
      'import boto3',
      '',
      's3 = boto3.client("s3", endpoint_url="https://s3.example.org")',
      's3.upload_file("results.tar.gz", "my-project-bucket", "runs/2026/results.tar.gz")',
    ].join('\n'),
  },
  {
    tag: 'bash',
    intro: 'After your account is created you log in with SSH:',
    content: 'ssh -i ~/.ssh/id_ed25519 username@login.hpc.example.org\nsqueue -u $USER',
  },
];

function codeReply(rng: Rng, ids: BlockIds): BlockJson[] {
  const snippet = rng.pick(CODE_SNIPPETS);
  return [
    markdown(ids, snippet.intro),
    { id: ids.next(), key: 'code', status: 'complete', tag: snippet.tag, content: snippet.content },
    markdown(ids, 'Adjust the resources to your needs before submitting.'),
  ];
}

function mermaidReply(ids: BlockIds): BlockJson[] {
  return [
    markdown(ids, 'This is how getting access usually works:'),
    {
      id: ids.next(),
      key: 'mermaid',
      status: 'complete',
      content: [
        'flowchart LR',
        '  A[Find offering] --> B[Create project]',
        '  B --> C[Submit order]',
        '  C --> D{Provider review}',
        '  D -->|approved| E[Access granted]',
        '  D -->|needs info| B',
      ].join('\n'),
    },
  ];
}

function vmOrderReply(rng: Rng, ids: BlockIds): BlockJson[] {
  const offering = OFFERINGS.find((item) => item.name === 'OpenStack virtual machines') ?? OFFERINGS[0];
  return [
    markdown(ids, 'I prepared a VM order draft for you:'),
    {
      id: ids.next(),
      key: 'vm_order',
      status: 'complete',
      data: {
        offering_name: offering.name,
        flavor: rng.pick(['m1.large', 'g1.xlarge', 'c2.4xlarge']),
        image: rng.pick(['Ubuntu 24.04', 'Rocky Linux 9']),
        vcpus: 16,
        ram_gb: 64,
      },
    },
  ];
}

export function chooseReplyKind(intent: Intent, rng: Rng, first: boolean): ReplyKind {
  if (intent === 'unclear') {
    return rng.weighted<ReplyKind>([
      ['markdown', 70],
      ['list_categories', 18],
      ['ask_user', 6],
      ['search', 4],
      ['empty', 2],
    ]);
  }
  return rng.weighted<ReplyKind>([
    ['search', first ? 46 : 34],
    ['get_offering', first ? 6 : 12],
    ['list_categories', first ? 5 : 2],
    ['compare', first ? 3 : 9],
    ['ask_user', first ? 12 : 4],
    ['markdown', 18],
    ['code', 4],
    ['mermaid', 1.5],
    ['vm_order', 0.3],
    ['empty', 1],
  ]);
}

function harvest(blocks: readonly BlockJson[]): string[] {
  const pattern = /\/marketplace-public-offering\/([0-9a-fA-F-]{32,36})\//g;
  const found: string[] = [];
  const visit = (block: BlockJson): void => {
    if (block.key === 'homeport_nav') {
      for (const navLink of block.links) {
        const match = /\/marketplace-public-offering\/([0-9a-fA-F-]{32,36})\//.exec(navLink.url);
        if (match) found.push(match[1]);
      }
    }
    if ('content' in block && typeof block.content === 'string') {
      for (const match of block.content.matchAll(pattern)) found.push(match[1]);
    }
  };
  for (const block of blocks) {
    visit(block);
    if (block.key === 'tool') visit(block.result);
  }
  return [...new Set(found)];
}

function proseOf(blocks: readonly BlockJson[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.key === 'markdown' && block.content) parts.push(block.content);
    if (block.key === 'tool' && block.result.key === 'markdown' && block.result.content)
      parts.push(block.result.content);
  }
  return parts.join('\n').toLowerCase();
}

export function buildReply(kind: ReplyKind, intent: Intent, rng: Rng): Reply {
  const ids = new BlockIds();
  let blocks: BlockJson[];
  switch (kind) {
    case 'search':
      blocks = searchReply(intent, rng, ids);
      break;
    case 'get_offering':
      blocks = getOfferingReply(intent, rng, ids);
      break;
    case 'list_categories':
      blocks = listCategoriesReply(rng, ids);
      break;
    case 'compare':
      blocks = compareReply(intent, rng, ids);
      break;
    case 'ask_user':
      blocks = askUserReply(intent, rng, ids);
      break;
    case 'markdown':
      blocks = [markdown(ids, rng.pick(PLAIN[intent]))];
      break;
    case 'code':
      blocks = codeReply(rng, ids);
      break;
    case 'mermaid':
      blocks = mermaidReply(ids);
      break;
    case 'vm_order':
      blocks = vmOrderReply(rng, ids);
      break;
    case 'empty':
      blocks = [];
      break;
    case 'thanks':
      blocks = [
        markdown(
          ids,
          rng.pick([
            "You're welcome! Let me know if you need anything else.",
            'Glad I could help. Good luck with your research!',
            'Happy to help. You can come back any time with more questions.',
          ]),
        ),
      ];
      break;
  }
  return {
    blocks,
    offeringUuids: harvest(blocks),
    text: proseOf(blocks),
    toolRounds: blocks.filter((block) => block.key === 'tool').length,
  };
}

/** A reply naming an offering no tool returned: what the judge flags as a hallucination. */
export function hallucinatedReply(rng: Rng): { reply: Reply; details: string } {
  const invented = rng.pick([
    ['Baltic Quantum GPU Grid', 'Estonian Quantum Centre'],
    ['Nordic Free H100 Pool', 'NordForsk Compute'],
    ['Unlimited Student Storage', 'EduCloud Europe'],
  ] as const);
  const real = rng.pick(OFFERINGS);
  const ids = new BlockIds();
  const blocks: BlockJson[] = [
    markdown(
      ids,
      `You could use ${link(real)}, or the **${invented[0]}** from ${invented[1]}, which offers free access for academic users.`,
    ),
  ];
  return {
    reply: { blocks, offeringUuids: harvest(blocks), text: proseOf(blocks), toolRounds: 0 },
    details: `Mentioned '${invented[0]}' (${invented[1]}), which is not in the tool results.`,
  };
}
