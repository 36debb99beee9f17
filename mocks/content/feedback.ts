import type { FEEDBACK_CATEGORIES } from '@/api/filters';
import type { Rng } from '../random';
import type { Intent } from './offerings';

const DOWN_COMMENTS: Record<(typeof FEEDBACK_CATEGORIES)[number], readonly string[]> = {
  inaccurate: [
    'The A100 partition is not free for students, the answer said it was.',
    'That offering was discontinued last year.',
    'Wrong provider name.',
  ],
  incomplete: ["Didn't tell me the price.", 'No information about how to apply.', 'Only listed one option.'],
  misunderstood: ['I asked about storage, not GPUs.', 'I meant Windows VMs, not Linux.', 'not what I asked'],
  slow_or_failed: [
    'The answer never finished loading.',
    'Took more than a minute to respond.',
    'Got an error',
  ],
  other: [
    'Please add Estonian language support.',
    'Would be nice to talk to a human.',
    'Links open in the same tab and I lose the chat 🙁',
  ],
};

const UP_COMMENTS = [
  'Exactly what I needed, thanks!',
  'Helpful links',
  'Quick and clear 👍',
  'Great, found the GPU partition I was looking for.',
  'Aitäh!',
  'Good comparison table.',
];

const LONG_COMMENT =
  'I tried three times to find storage for our sequencing project. The assistant keeps recommending the archive, ' +
  'but we need something mounted on the cluster that we can write to during jobs, with at least 100 TB and daily ' +
  'snapshots. The answer also did not say whether the price includes backups or how long approval takes. It would ' +
  'help to see the actual price per TB per month and who to contact for a quote. Otherwise the tool is nice.';

export type Vote = { score: 1 | -1; category: string; comment: string };

export function vote(rng: Rng, happy: boolean): Vote {
  if (happy) {
    return { score: 1, category: '', comment: rng.chance(0.35) ? rng.pick(UP_COMMENTS) : '' };
  }
  const category = rng.weighted<(typeof FEEDBACK_CATEGORIES)[number]>([
    ['inaccurate', 3],
    ['incomplete', 4],
    ['misunderstood', 3],
    ['slow_or_failed', 2],
    ['other', 1],
  ]);
  let comment = '';
  if (rng.chance(0.55)) comment = rng.chance(0.04) ? LONG_COMMENT : rng.pick(DOWN_COMMENTS[category]);
  return { score: -1, category, comment };
}

const SUMMARIES: Record<Intent, readonly string[]> = {
  gpu_compute: [
    'Visitor wanted GPU resources for training a language model.',
    'Visitor asked which GPU partitions are free for students.',
    'Visitor looked for hourly H100 access for a short project.',
  ],
  hpc_compute: [
    'Visitor needed CPU core hours for molecular dynamics simulations.',
    'Visitor asked about walltime limits and high-memory nodes.',
  ],
  hpc_storage: [
    'Visitor needed project storage for a large genomics dataset.',
    'Visitor asked for S3-compatible storage with EU data residency.',
    'Visitor wanted a place to store sensitive health data.',
  ],
  cloud_vms: [
    'Visitor wanted a virtual machine for a web service.',
    'Visitor asked for a Kubernetes cluster with public IPs.',
  ],
  research_software: [
    'Visitor asked whether MATLAB is available on the cluster.',
    'Visitor wanted to run AlphaFold on GPU nodes.',
  ],
  consultation: [
    'Visitor sought help porting Fortran code to GPUs.',
    'Visitor asked about Slurm training for new users.',
  ],
  unclear: ['Visitor greeted the assistant without a clear request.', 'Visitor asked an off-topic question.'],
};

export function judgeSummary(intent: Intent, rng: Rng): string {
  return rng.pick(SUMMARIES[intent]);
}
