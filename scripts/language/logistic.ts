/**
 * Logistic regression over hashed features, trained by stochastic gradient descent with AdaGrad
 * steps and L2 shrinkage. Deterministic: the visiting order comes from a seeded generator and
 * the arithmetic is plain double precision, so the same data gives the same weights.
 */
import { seededRandom } from '../../bench/seededRandom';
import type { FeatureVector } from '../../force-app/main/default/lwc/coachingLanguage/learnedFeatures';
import {
    FEATURE_BUCKETS,
    linearProbability
} from '../../force-app/main/default/lwc/coachingLanguage/learnedFeatures';

const EPOCHS = 25;
const LEARNING_RATE = 0.5;
const L2 = 1e-5;
const SEED = 20_261_202;

/** A trained model: a weight per bucket and a bias. */
export interface LinearModel {
    readonly weights: Float64Array;
    readonly bias: number;
}

/** One labelled text for training. */
export interface Example {
    readonly features: FeatureVector;
    readonly directive: boolean;
}

/**
 * A model's probability that a text is a directive.
 * @param model trained weights
 * @param features the text's features
 * @returns a probability in (0, 1)
 */
export function probability(model: LinearModel, features: FeatureVector): number {
    return linearProbability(model.weights, model.bias, features);
}

/**
 * Trains a directive-or-not model.
 * @param examples feature vectors with their label
 * @returns the weights and bias
 */
export function train(examples: readonly Example[]): LinearModel {
    const weights = new Float64Array(FEATURE_BUCKETS);
    const squares = new Float64Array(FEATURE_BUCKETS).fill(1e-8);
    let bias = 0;
    let biasSquares = 1e-8;
    const random = seededRandom(SEED);
    const order = examples.map((_, index) => index);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
        for (let i = order.length - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [order[i], order[j]] = [order[j], order[i]];
        }
        for (const index of order) {
            const { features, directive } = examples[index];
            const error = linearProbability(weights, bias, features) - (directive ? 1 : 0);
            for (const bucket of features.indexes) {
                const gradient = error * features.value + L2 * weights[bucket];
                squares[bucket] += gradient * gradient;
                weights[bucket] -= (LEARNING_RATE * gradient) / Math.sqrt(squares[bucket]);
            }
            biasSquares += error * error;
            bias -= (LEARNING_RATE * error) / Math.sqrt(biasSquares);
        }
    }
    return { weights, bias };
}
