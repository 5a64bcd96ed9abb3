import { gql } from 'lightning/graphql';

// The panel's one read: a deal's reviews, questions, replies and next steps in a single round trip, each list
// paged by its own cursor. The local org and the metadata checks read this text too.
const PANEL_QUERY = gql`
    query coachingPanel(
        $opportunityId: ID!
        $reviewsAfter: String
        $questionsAfter: String
        $stepsAfter: String
        $repliesAfter: String
    ) {
        uiapi {
            query {
                Opportunity(where: { Id: { eq: $opportunityId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            OwnerId {
                                value
                            }
                            CloseDate {
                                value
                            }
                            Amount {
                                value
                            }
                            StageName {
                                value
                            }
                        }
                    }
                }
                Coaching_Review__c(
                    where: { Opportunity__c: { eq: $opportunityId } }
                    orderBy: { Review_Date__c: { order: DESC }, CreatedDate: { order: DESC } }
                    first: 50
                    after: $reviewsAfter
                ) {
                    edges {
                        node {
                            Id
                            LastModifiedDate {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            Intent__c {
                                value
                            }
                            Seller_Focus__c {
                                value
                            }
                            Reviewer__c {
                                value
                            }
                            Reviewer__r {
                                Name {
                                    value
                                }
                            }
                            Seller__c {
                                value
                            }
                            Seller__r {
                                Name {
                                    value
                                }
                            }
                            Review_Date__c {
                                value
                                displayValue
                            }
                            Status__c {
                                value
                                displayValue
                            }
                            Shared_Learning__c {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Coaching_Question__c(
                    where: { Coaching_Review__r: { Opportunity__c: { eq: $opportunityId } } }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 200
                    after: $questionsAfter
                ) {
                    edges {
                        node {
                            Id
                            LastModifiedDate {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedById {
                                value
                            }
                            Coaching_Review__c {
                                value
                            }
                            Question__c {
                                value
                            }
                            Kind__c {
                                value
                                displayValue
                            }
                            Answer__c {
                                value
                            }
                            Answered_At__c {
                                value
                            }
                            Status__c {
                                value
                                displayValue
                            }
                            Changed_My_View__c {
                                value
                            }
                            Idea_Response__c {
                                value
                            }
                            Asked_By__c {
                                value
                            }
                            Response_Reason__c {
                                value
                            }
                            Changed_My_View_Note__c {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Seller_Next_Step__c(
                    where: { Opportunity__c: { eq: $opportunityId } }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 200
                    after: $stepsAfter
                ) {
                    edges {
                        node {
                            Id
                            LastModifiedDate {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedById {
                                value
                            }
                            Coaching_Review__c {
                                value
                            }
                            Adopted_From_Question__c {
                                value
                            }
                            Action__c {
                                value
                            }
                            Customer_Value__c {
                                value
                            }
                            Due_Date__c {
                                value
                                displayValue
                            }
                            Status__c {
                                value
                                displayValue
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Coaching_Reply__c(
                    where: {
                        Coaching_Question__r: {
                            Coaching_Review__r: { Opportunity__c: { eq: $opportunityId } }
                        }
                    }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 200
                    after: $repliesAfter
                ) {
                    edges {
                        node {
                            Id
                            LastModifiedDate {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedById {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                            Coaching_Question__c {
                                value
                            }
                            Reply__c {
                                value
                            }
                            Status__c {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

export default PANEL_QUERY;
