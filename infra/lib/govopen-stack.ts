import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ApiFunction } from './api-function';
import { GovOpenData } from './data';
import { GovOpenHttpApi } from './http-api';

/** GovOpen's whole backend: the table, the GraphQL Lambda and the HTTP API in front of it. */
export class GovOpenStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const data = new GovOpenData(this, 'Data');

    const api = new ApiFunction(this, 'GraphQL', {
      environment: {
        TABLE_NAME: data.table.tableName,
        NODE_ENV: 'production',
      },
    });
    data.table.grantReadWriteData(api.fn);

    const http = new GovOpenHttpApi(this, 'Http', { handler: api.fn });

    new CfnOutput(this, 'ApiUrl', { value: http.url, description: 'Base URL; GraphQL is POST {ApiUrl}graphql' });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
  }
}
