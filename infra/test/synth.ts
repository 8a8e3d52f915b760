import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import cdkJson from '../../cdk.json';
import { GovOpenStack, type GovOpenStackProps } from '../lib/govopen-stack';

export interface SynthOptions {
  /** Run esbuild on the Lambda (slow); off by default, so the template alone is built. */
  bundle?: boolean;
  outdir?: string;
  /** The deployment's settings, as infra/lib/settings.ts makes them from `-c` values. */
  props?: GovOpenStackProps;
}

function appFor({ bundle = false, outdir }: SynthOptions): App {
  // The CLI also turns on asset metadata, which names each asset's folder in the cloud assembly.
  const context: Record<string, unknown> = { ...cdkJson.context, 'aws:cdk:enable-asset-metadata': true };
  if (!bundle) context['aws:cdk:bundling-stacks'] = [];
  return new App({ context, outdir });
}

/** The stack as `cdk synth` builds it: same construct ids and the feature flags of cdk.json. */
export function synthStack(options: SynthOptions = {}) {
  const app = appFor(options);
  const stack = new GovOpenStack(app, 'GovOpenStack', options.props);
  return { app, stack, template: Template.fromStack(stack) };
}

export interface NagViolation {
  ruleName: string;
  severity: string;
  violatingConstructs: Array<{ constructPath: string }>;
}

/** The AWS Solutions checks' unacknowledged findings, as `cdk synth` runs them (infra/bin/app.ts). */
export function awsSolutionsViolations(props?: GovOpenStackProps): NagViolation[] {
  const outdir = mkdtempSync(path.join(tmpdir(), 'govopen-nag-'));
  try {
    const app = appFor({ outdir });
    new GovOpenStack(app, 'GovOpenStack', props);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    try {
      app.synth();
      return [];
    } catch (error) {
      const report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as { pluginReports: Array<{ violations: NagViolation[] }> };
      if (!report.pluginReports) throw error;
      return report.pluginReports.flatMap((plugin) => plugin.violations);
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** A resource of the synthesised template; `any` where CloudFormation's shapes vary by type. */
export interface CfnResource {
  id: string;
  Type: string;
  Properties: Record<string, any>;
  Metadata?: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

/** The resources of a type, with their logical ids. */
export function resources(template: Template, type: string): CfnResource[] {
  return Object.entries(template.findResources(type) as Record<string, Omit<CfnResource, 'id'>>).map(([id, resource]) => ({ id, ...resource }));
}

/** The single resource of a type, with its logical id. */
export function onlyResource(template: Template, type: string): CfnResource {
  const found = resources(template, type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The one resource of a type whose logical id starts with `prefix` (the construct path, e.g. PhotosBucket). */
export function resourceNamed(template: Template, type: string, prefix: string): CfnResource {
  const found = resources(template, type).filter((resource) => resource.id.startsWith(prefix));
  expect(found.map((resource) => resource.id)).toHaveLength(1);
  return found[0]!;
}

export const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
