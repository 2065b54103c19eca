import { describeFailingDynamo } from './failing-dynamo';

describeFailingDynamo([['never answering', { kind: 'hang' }]]);
