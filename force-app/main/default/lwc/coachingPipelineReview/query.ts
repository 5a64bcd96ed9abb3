import { gql } from 'lightning/graphql';

// The page's one read: the manager's team's open deals with their reviews, planned next steps and
// open questions, each list paged by its own cursor. The metadata checks read this text too.
const PIPELINE_QUERY = gql`
    query pipelineReview($managerId: ID, $dealsAfter: String, $questionsAfter: String) {
        uiapi {
            query {
                Opportunity(
                    where: {
                        and: [
                            { IsClosed: { eq: false } }
                            {
                                or: [
                                    { Owner: { ManagerId: { eq: $managerId } } }
                                    { Owner: { Manager: { ManagerId: { eq: $managerId } } } }
                                    {
                                        Owner: {
                                            Manager: { Manager: { ManagerId: { eq: $managerId } } }
                                        }
                                    }
                                ]
                            }
                        ]
                    }
                    orderBy: { CloseDate: { order: ASC }, Id: { order: ASC } }
                    first: 200
                    after: $dealsAfter
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            OwnerId {
                                value
                            }
                            Owner {
                                Name {
                                    value
                                }
                            }
                            Account {
                                Name {
                                    value
                                }
                            }
                            StageName {
                                value
                            }
                            ForecastCategoryName {
                                value
                            }
                            Amount {
                                value
                            }
                            CloseDate {
                                value
                            }
                            Coaching_Reviews__r(
                                orderBy: {
                                    Review_Date__c: { order: DESC }
                                    CreatedDate: { order: DESC }
                                }
                                first: 20
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
                                        Review_Date__c {
                                            value
                                        }
                                        Status__c {
                                            value
                                        }
                                        Shared_Learning__c {
                                            value
                                        }
                                        Close_Date_At_Start__c {
                                            value
                                        }
                                        Amount_At_Start__c {
                                            value
                                        }
                                        Stage_At_Start__c {
                                            value
                                        }
                                    }
                                }
                            }
                            Seller_Next_Steps__r(
                                where: { Status__c: { eq: "Planned" } }
                                orderBy: { Due_Date__c: { order: ASC } }
                                first: 50
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
                                        }
                                        Status__c {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Coaching_Question__c(
                    where: {
                        Coaching_Review__r: {
                            Opportunity__r: {
                                and: [
                                    { IsClosed: { eq: false } }
                                    {
                                        or: [
                                            { Owner: { ManagerId: { eq: $managerId } } }
                                            {
                                                Owner: {
                                                    Manager: { ManagerId: { eq: $managerId } }
                                                }
                                            }
                                            {
                                                Owner: {
                                                    Manager: {
                                                        Manager: { ManagerId: { eq: $managerId } }
                                                    }
                                                }
                                            }
                                        ]
                                    }
                                ]
                            }
                        }
                    }
                    orderBy: { CreatedDate: { order: ASC }, Id: { order: ASC } }
                    first: 2000
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
                            }
                            Answer__c {
                                value
                            }
                            Answered_At__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Changed_My_View__c {
                                value
                            }
                            Idea_Response__c {
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

export default PIPELINE_QUERY;
