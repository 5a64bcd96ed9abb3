import type { OrgSession } from './connection';

/** The local org reads every amount in US dollars (one of its stated limits). */
const LOCAL_ORG_CURRENCY = 'USD';

/**
 * The org's currency, for every amount the tools print.
 * @param session the signed-in session
 * @returns an ISO 4217 code such as "EUR"
 */
export async function orgCurrency(session: OrgSession): Promise<string> {
    if (session.isLocal) {
        return LOCAL_ORG_CURRENCY;
    }
    const result = await session.conn.query<{ DefaultCurrencyIsoCode: string }>(
        'SELECT DefaultCurrencyIsoCode FROM Organization LIMIT 1'
    );
    return result.records[0]?.DefaultCurrencyIsoCode ?? LOCAL_ORG_CURRENCY;
}
