// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Balance_Heading';
import questionCount from '@salesforce/label/c.Coaching_Balance_QuestionCount';
import openShare from '@salesforce/label/c.Coaching_Balance_OpenShare';
import closedShare from '@salesforce/label/c.Coaching_Balance_ClosedShare';
import suggestionShare from '@salesforce/label/c.Coaching_Balance_SuggestionShare';
import statementShare from '@salesforce/label/c.Coaching_Balance_StatementShare';
import kindShare from '@salesforce/label/c.Coaching_Balance_KindShare';
import kindsHeading from '@salesforce/label/c.Coaching_Balance_KindsHeading';
import directiveShare from '@salesforce/label/c.Coaching_Balance_DirectiveShare';
import answeredShare from '@salesforce/label/c.Coaching_Balance_AnsweredShare';
import medianTime from '@salesforce/label/c.Coaching_Balance_MedianTime';
import hour from '@salesforce/label/c.Coaching_Balance_Hour';
import hours from '@salesforce/label/c.Coaching_Balance_Hours';
import minute from '@salesforce/label/c.Coaching_Balance_Minute';
import minutes from '@salesforce/label/c.Coaching_Balance_Minutes';
import noAnswersYet from '@salesforce/label/c.Coaching_Balance_NoAnswersYet';
import stepsPlanned from '@salesforce/label/c.Coaching_Balance_StepsPlanned';
import stepsDone from '@salesforce/label/c.Coaching_Balance_StepsDone';
import stepsDropped from '@salesforce/label/c.Coaching_Balance_StepsDropped';
import ideasAdopted from '@salesforce/label/c.Coaching_Balance_IdeasAdopted';
import ideasSetAside from '@salesforce/label/c.Coaching_Balance_IdeasSetAside';
import reviewsLast30Days from '@salesforce/label/c.Coaching_Balance_ReviewsLast30Days';
import directivesSetAside from '@salesforce/label/c.Coaching_Balance_DirectivesSetAside';
import pushbackNoteOne from '@salesforce/label/c.Coaching_Balance_PushbackNoteOne';
import pushbackNoteOther from '@salesforce/label/c.Coaching_Balance_PushbackNoteOther';
import sellerQuestions from '@salesforce/label/c.Coaching_Balance_SellerQuestions';
import changedViews from '@salesforce/label/c.Coaching_Balance_ChangedViews';

const LABELS = Object.freeze({
    heading,
    questionCount,
    openShare,
    closedShare,
    directiveShare,
    suggestionShare,
    statementShare,
    kindsHeading,
    kindShare,
    answeredShare,
    medianTime,
    hour,
    hours,
    minute,
    minutes,
    noAnswersYet,
    stepsPlanned,
    stepsDone,
    stepsDropped,
    ideasAdopted,
    ideasSetAside,
    reviewsLast30Days,
    directivesSetAside,
    pushbackNoteOne,
    pushbackNoteOther,
    sellerQuestions,
    changedViews
});

export default LABELS;
