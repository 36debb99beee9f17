import { hashHex64 } from '../random';

/** What a visitor is after; doubles as the judge's intent slug (docs/api.md §3.2.1). */
export type Intent =
  | 'gpu_compute'
  | 'hpc_compute'
  | 'hpc_storage'
  | 'cloud_vms'
  | 'research_software'
  | 'consultation'
  | 'unclear';

export const INTENTS: readonly Intent[] = [
  'gpu_compute',
  'hpc_compute',
  'hpc_storage',
  'cloud_vms',
  'research_software',
  'consultation',
  'unclear',
];

export type Offering = {
  /** 32 hex characters, the form Waldur puts in `/marketplace-public-offering/<uuid>/`. */
  uuid: string;
  name: string;
  provider: string;
  intent: Exclude<Intent, 'unclear'>;
  excerpt: string;
};

type Seed = [name: string, provider: string, intent: Offering['intent'], excerpt: string];

const SEEDS: Seed[] = [
  [
    'A100 GPU partition',
    'University of Tartu HPC Centre',
    'gpu_compute',
    'Slurm partition with 8× NVIDIA A100 80 GB per node, NVLink, 2 TB RAM. Billed per GPU-hour.',
  ],
  [
    'H100 training nodes',
    'KTH PDC Center for High Performance Computing',
    'gpu_compute',
    '4× H100 SXM5 per node with InfiniBand NDR; suited to multi-node LLM training and fine-tuning.',
  ],
  [
    'LUMI-G GPU allocation',
    'CSC – IT Center for Science',
    'gpu_compute',
    'AMD MI250X GPUs on the LUMI supercomputer, allocated through national calls for research projects.',
  ],
  [
    'L40S inference servers',
    'ETAIS Cloud',
    'gpu_compute',
    'Single-tenant L40S GPU servers for model inference, rendering and visualisation workloads.',
  ],
  [
    'GPU-accelerated JupyterLab',
    'University of Tartu HPC Centre',
    'gpu_compute',
    'Browser-based notebooks with a shared V100 or A100 slice; no Slurm knowledge needed.',
  ],
  [
    'Student GPU quota',
    'TalTech IT Services',
    'gpu_compute',
    'Up to 500 GPU-hours per semester for registered students, free of charge for coursework.',
  ],
  [
    'Rocket CPU cluster',
    'University of Tartu HPC Centre',
    'hpc_compute',
    '30,000 x86 cores with Slurm, 256 GB–2 TB RAM nodes, shared Lustre scratch.',
  ],
  [
    'Dardel CPU partition',
    'KTH PDC Center for High Performance Computing',
    'hpc_compute',
    'HPE Cray EX nodes with 128 AMD EPYC cores each; core-hour allocations via NAISS.',
  ],
  [
    'High-memory nodes (4 TB)',
    'TalTech IT Services',
    'hpc_compute',
    'Fat nodes with 4 TB RAM for genome assembly and large in-memory analytics.',
  ],
  [
    'Pay-as-you-go core hours',
    'ETAIS Cloud',
    'hpc_compute',
    'On-demand CPU core hours without an allocation call; invoiced monthly to the project.',
  ],
  [
    'Lustre project storage',
    'University of Tartu HPC Centre',
    'hpc_storage',
    'Persistent parallel file system mounted on all cluster nodes; quotas from 10 TB, daily snapshots.',
  ],
  [
    'S3 object storage',
    'ETAIS Cloud',
    'hpc_storage',
    'S3-compatible object storage hosted in Estonia, EU data residency, versioning and lifecycle rules.',
  ],
  [
    'Research data archive',
    'CSC – IT Center for Science',
    'hpc_storage',
    'Long-term tape-backed archive for finished datasets, 10-year retention, DOI integration.',
  ],
  [
    'Sensitive data storage (SD Connect)',
    'CSC – IT Center for Science',
    'hpc_storage',
    'Encrypted storage for personal and health data, GDPR-compliant, access via SD Desktop.',
  ],
  [
    'Backup as a service',
    'TalTech IT Services',
    'hpc_storage',
    'Nightly off-site backups for lab servers and VMs with 30-day retention.',
  ],
  [
    'OpenStack virtual machines',
    'ETAIS Cloud',
    'cloud_vms',
    'Self-service VMs from 1 to 64 vCPUs, public IPv4/IPv6, Ubuntu, Rocky and Debian images.',
  ],
  [
    'Managed Kubernetes',
    'ETAIS Cloud',
    'cloud_vms',
    'Rancher-managed Kubernetes clusters with autoscaling node pools and persistent volumes.',
  ],
  [
    'Windows research desktops',
    'University of Tartu IT',
    'cloud_vms',
    'Remote Windows desktops with licensed statistical software, reachable from any browser.',
  ],
  [
    'Trusted research environment',
    'CSC – IT Center for Science',
    'cloud_vms',
    'Isolated VMs for sensitive data analysis, no outbound internet, audited data import/export.',
  ],
  [
    'MATLAB on the cluster',
    'University of Tartu HPC Centre',
    'research_software',
    'Campus-wide MATLAB licence with the Parallel Computing Toolbox, usable in Slurm batch jobs.',
  ],
  [
    'AlphaFold service',
    'CSC – IT Center for Science',
    'research_software',
    'Ready-made AlphaFold 2 and 3 pipelines with pre-downloaded databases on GPU nodes.',
  ],
  [
    'JupyterHub for teaching',
    'TalTech IT Services',
    'research_software',
    'Course-scoped JupyterHub with per-student environments and nbgrader integration.',
  ],
  [
    'Galaxy bioinformatics platform',
    'University of Tartu HPC Centre',
    'research_software',
    'Web-based Galaxy with 2,000+ tools, backed by cluster compute and project storage.',
  ],
  [
    'Ansys and COMSOL licences',
    'TalTech IT Services',
    'research_software',
    'Floating licences for CFD and multiphysics simulation, usable on the cluster and desktops.',
  ],
  [
    'GPU code porting support',
    'ENCCS',
    'consultation',
    'Expert help porting CPU codes to CUDA, HIP or SYCL, including profiling and optimisation.',
  ],
  [
    'Research software engineering',
    'University of Tartu HPC Centre',
    'consultation',
    'Hire an RSE by the hour for code reviews, packaging, CI pipelines and performance work.',
  ],
  [
    'Data management plan review',
    'CSC – IT Center for Science',
    'consultation',
    'Feedback on DMPs for Horizon Europe and national grant applications within 5 working days.',
  ],
  [
    'HPC onboarding training',
    'ENCCS',
    'consultation',
    'Half-day workshops on Slurm, modules, containers and good practice on shared clusters.',
  ],
];

function offeringUuid(name: string): string {
  return hashHex64(`offering:${name}`).slice(0, 32);
}

export const OFFERINGS: readonly Offering[] = SEEDS.map(([name, provider, intent, excerpt]) => ({
  uuid: offeringUuid(name),
  name,
  provider,
  intent,
  excerpt,
}));

export function offeringsFor(intent: Intent): readonly Offering[] {
  if (intent === 'unclear') return OFFERINGS;
  return OFFERINGS.filter((offering) => offering.intent === intent);
}

export function offeringPath(uuid: string): string {
  return `/marketplace-public-offering/${uuid}/`;
}

/** The dashed spelling of a 32-hex UUID (prose links sometimes use it). */
export function dashed(uuid: string): string {
  return `${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20)}`;
}
