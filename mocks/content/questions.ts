import type { Rng } from '../random';
import type { Intent } from './offerings';

const SLOTS: Record<string, readonly string[]> = {
  gpu: ['A100', 'H100', 'L40S', 'MI250X', 'V100'],
  model: ['a 7B', 'a 13B', 'a 70B', 'an 8B Llama', 'a Mistral 7B', 'a ViT-L'],
  framework: ['PyTorch', 'JAX', 'TensorFlow', 'DeepSpeed', 'vLLM'],
  code: ['GROMACS', 'OpenFOAM', 'VASP', 'WRF', 'LAMMPS', 'CP2K', 'Quantum ESPRESSO'],
  field: [
    'genomics',
    'climate modelling',
    'computational chemistry',
    'astrophysics',
    'linguistics',
    'economics',
  ],
  size: ['20 TB', '50 TB', '200 TB', '1 PB', '5 TB', '800 GB'],
  hours: ['10,000', '50,000', '200,000', '1 million', '500'],
  cores: ['64', '256', '1,000', '4,096'],
  ram: ['64 GB', '256 GB', '1 TB', '2 TB'],
  software: ['MATLAB', 'Ansys Fluent', 'COMSOL', 'Stata', 'R and RStudio', 'AlphaFold', 'Gaussian'],
  who: ['a PhD student', 'a postdoc', 'a master student', 'a PI', 'a research engineer', 'a startup'],
  uni: [
    'University of Tartu',
    'TalTech',
    'KTH',
    'Aalto University',
    'a company in Tallinn',
    'Vilnius University',
  ],
};

const OPENERS: Record<Intent, readonly string[]> = {
  gpu_compute: [
    'Which GPU partitions are available for training {model} model with {framework}?',
    'Do you have {gpu} nodes I can rent by the hour?',
    'How many {gpu} GPU hours can {who} get for free?',
    'Is there a cluster with NVLink for multi-node {framework} training?',
    'I need GPUs for cryo-EM processing with RELION, what do you recommend?',
    'what gpus do you have',
    'Can I get {hours} GPU-hours on {gpu} for a 6-month project in {field}?',
    'Is there any GPU offering that supports {framework} out of the box with containers?',
    'We want to fine-tune {model} model on our own data. Which offering fits best?',
    'Are {gpu} cards available to researchers from {uni}?',
  ],
  hpc_compute: [
    'I need {hours} CPU core hours for {code} simulations, where should I apply?',
    'Do you have nodes with {ram} of RAM for genome assembly?',
    'Which cluster is best for running {code} on {cores} cores?',
    'What is the maximum job walltime on the CPU cluster?',
    'Is Slurm used on all the HPC systems in the marketplace?',
    'hpc access for {who} in {field}?',
    'Can I run MPI jobs across more than {cores} cores?',
  ],
  hpc_storage: [
    'I need {size} of project storage for {field} data — what are my options?',
    'Is there an S3-compatible object storage with EU data residency?',
    'How do I back up my cluster scratch data?',
    "What's the difference between Lustre scratch and project storage?",
    'Where can I store sensitive health data for a clinical study?',
    'Can I get a DOI for a dataset stored in the archive?',
    'storage {size} price?',
  ],
  cloud_vms: [
    'Can I get an OpenStack VM with 16 vCPUs and 64 GB RAM?',
    'I need a Kubernetes cluster for a web service with public IPs',
    'Is there a Windows virtual desktop with {software} installed?',
    'Do VMs come with IPv6 addresses?',
    'We need an isolated environment with no internet access for patient data analysis',
    'How fast can I get a VM for a student hackathon next week?',
  ],
  research_software: [
    'Is {software} available on the HPC cluster?',
    'Do you provide JupyterHub with GPU kernels?',
    'Can I run AlphaFold 3 on your infrastructure?',
    'Is there a Galaxy instance for RNA-seq analysis?',
    'Which licences do you have for {software}?',
    'does the cluster have conda or do i need my own?',
  ],
  consultation: [
    'Can someone help me port my Fortran code to GPUs?',
    'Do you offer training on Slurm for new users?',
    'I need help writing the data management plan for a Horizon Europe proposal',
    'Is there a research software engineer who could review our {framework} code?',
    'Who can I talk to about a large allocation for {field}?',
  ],
  unclear: [
    'hello',
    'hi, what can you do?',
    'what is this?',
    'asdf',
    'Can you write me a poem about supercomputers?',
    "What's the weather in Tartu?",
    'test',
    'Tere! Kas te räägite eesti keelt?',
    '¿Hablas español?',
    'how much',
    '???',
    'I forgot my password for the portal',
  ],
};

const FOLLOW_UPS: readonly string[] = [
  'What does it cost?',
  'How do I apply?',
  'Is it available to researchers outside Estonia?',
  'Can you compare the first two?',
  'Does it support Apptainer containers?',
  'What is the maximum job walltime?',
  'How long does approval usually take?',
  'ok and for {who}?',
  'Is there a free trial?',
  'Can I pay by invoice from {uni}?',
  'Which one would you pick for {field}?',
  'And what about storage for the results?',
  'Thanks, that helps!',
  'no, I meant something cheaper',
  'Is there documentation for the first one?',
  'Can I get {hours} hours instead?',
  'how do i log in after that',
  'thanks',
];

function fill(template: string, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (whole, slot: string) => {
    const options = SLOTS[slot];
    return options ? rng.pick(options) : whole;
  });
}

export function openingQuestion(intent: Intent, rng: Rng): string {
  return fill(rng.pick(OPENERS[intent]), rng);
}

export function followUpQuestion(intent: Intent, rng: Rng): string {
  // Returning visitors often restate the topic rather than follow up.
  if (rng.chance(0.25)) return openingQuestion(intent, rng);
  return fill(rng.pick(FOLLOW_UPS), rng);
}

/** A pasted log: the server truncates `user_input` at 2000 characters. */
export function pastedLog(rng: Rng): string {
  const lines: string[] = ['My job keeps failing, here is the output:'];
  let text = lines.join('\n');
  while (text.length < 2400) {
    const node = `gpu-${String(rng.int(1, 48)).padStart(2, '0')}`;
    lines.push(
      `slurmstepd: error: *** JOB ${rng.int(1_000_000, 9_999_999)} ON ${node} CANCELLED AT 2026-07-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00 DUE TO TIME LIMIT ***`,
      `srun: error: ${node}: task ${rng.int(0, 63)}: Killed (CUDA out of memory: tried to allocate ${rng.int(1, 20)}.00 GiB)`,
    );
    text = lines.join('\n');
  }
  return text.slice(0, 2000);
}
