import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkJson from '../../cdk.json';
import { GovOpenStack } from '../lib/govopen-stack';

export interface SynthOptions {
  /** Run esbuild on the Lambda (slow); off by default, so the template alone is built. */
  bundle?: boolean;
  outdir?: string;
}

/** The stack as `cdk synth` builds it: same construct ids and the feature flags of cdk.json. */
export function synthStack({ bundle = false, outdir }: SynthOptions = {}) {
  // The CLI also turns on asset metadata, which names each asset's folder in the cloud assembly.
  const context: Record<string, unknown> = { ...cdkJson.context, 'aws:cdk:enable-asset-metadata': true };
  if (!bundle) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context, outdir });
  const stack = new GovOpenStack(app, 'GovOpenStack');
  return { app, stack, template: Template.fromStack(stack) };
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

/** The single resource of a type, with its logical id. */
export function onlyResource(template: Template, type: string): CfnResource {
  const found = Object.entries(template.findResources(type) as Record<string, Omit<CfnResource, 'id'>>);
  expect(found).toHaveLength(1);
  const [id, resource] = found[0]!;
  return { id, ...resource };
}
