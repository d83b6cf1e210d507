// The slowest examples' outcomes, explored (see outcomes.test.ts): a file of their own so that a second
// test worker explores them while the first explores the rest.
import { describeExampleOutcomes, SLOW_EXAMPLES } from '../../../testing/exampleOutcomes.ts';

describeExampleOutcomes((id) => SLOW_EXAMPLES.has(id));
