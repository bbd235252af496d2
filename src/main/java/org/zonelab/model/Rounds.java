package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * A venture round: its size follows the firm's stage (seed, A, B, growth; E-B 7) and its pre-money
 * value, which is the largest of a revenue multiple, the size at the usual dilution (raised for a
 * knowledge lead), and the last post-money stepped up by time and by performance against
 * expectations, times pricing noise. The lead's existing co-investors follow on first, then capital-rich
 * investors fill the rest as a syndicate, and a guidance fund of the firm's zone co-invests alongside
 * a private lead (E-B 2.1).
 */
final class Rounds {
    private Rounds() {
    }

    /** The usual size of a firm's next round after {@code rounds} rounds (E-B 7), CNY bn. */
    static double size(Parameters p, int rounds) {
        return switch (rounds) {
            case 0 -> p.get(Param.ROUND_SEED_BN);
            case 1 -> p.get(Param.ROUND_A_BN);
            case 2 -> p.get(Param.ROUND_B_BN);
            default -> p.get(Param.ROUND_GROWTH_BN);
        };
    }

    static void invest(ZoneLabModel model, Parameters p, Investor lead, Firm f, MersenneTwisterFast rng) {
        double size = size(p, f.venture.rounds);
        double pre = preMoney(model, p, f, size) * Math.exp(p.get(Param.VALUATION_NOISE) * Draws.gaussian(rng));
        double d = p.get(Param.ROUND_DILUTION);
        double wanted = Math.min(p.get(Param.ROUND_MAX_BN), Math.max(size, d * pre / (1 - d)));
        double fund = unicornFundShare(model, f, wanted);
        wanted -= fund;
        List<Investor> syndicate = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        syndicate.add(lead);
        shares.add(Math.min(lead.dryPowder, wanted));
        double amount = shares.get(0);
        // Existing investors follow on first, then the lead looks for partners with capital.
        for (Investor existing : f.venture.investors) {
            if (amount >= wanted) {
                break;
            }
            if (existing.dryPowder > 0 && !syndicate.contains(existing)) {
                double part = Math.min(existing.dryPowder, wanted - amount);
                syndicate.add(existing);
                shares.add(part);
                amount += part;
            }
        }
        List<Investor> all = model.investors();
        for (int k = 0; k < p.getInt(Param.SYNDICATE_PARTNERS) && amount < wanted; k++) {
            Investor other = all.get(rng.nextInt(all.size()));
            for (int s = 1; s < p.getInt(Param.SYNDICATE_SEARCH); s++) {
                Investor alt = all.get(rng.nextInt(all.size()));
                if (alt.dryPowder > other.dryPowder) {
                    other = alt;
                }
            }
            if (other.dryPowder > 0 && !syndicate.contains(other)) {
                double part = Math.min(other.dryPowder, wanted - amount);
                syndicate.add(other);
                shares.add(part);
                amount += part;
            }
        }
        if (amount + fund < size * p.get(Param.ROUND_MIN_FILLED)) {
            return;
        }
        if (fund > 0) {
            f.home.programme.unicornFundBn -= fund / model.scale();
            pre *= 1 + f.home.policy.unicornFundValuationPremium;
        }
        Investor partner = lead.type() == InvestorType.GOVERNMENT_GUIDANCE_FUND ? null : coInvestor(model, p, f, rng);
        double co = partner == null ? 0 : Math.min(p.get(Param.GOVERNMENT_COINVEST_SHARE) * amount, partner.dryPowder);
        double match = 0;
        if (f.venture.rounds <= 1 && f.home.policy.unicornEarlyMatch > 0) {
            // The seed-to-gazelle programme matches early private money from the zone's budget.
            match = f.home.policy.unicornEarlyMatch * amount;
            f.home.spend(model, match / model.scale());
        }
        double total = amount + co + fund + match;
        double post = pre + total;

        f.venture.dilute(total / post);
        for (int k = 0; k < syndicate.size(); k++) {
            f.venture.addStake(syndicate.get(k), shares.get(k) / post);
            syndicate.get(k).committed(shares.get(k));
        }
        if (co > 0) {
            f.venture.addStake(partner, co / post);
            partner.committed(co);
        }
        f.accounts.receive(total);
        f.venture.raised += total;
        if (f.venture.rounds <= 1) {
            f.venture.raisedByA += total;
        }
        f.venture.closeRound(post, model.time(), Math.log(f.accounts.revenue), f.lnKnowledge);
        f.venture.applying = false;
        model.flows().add(Indicator.INVESTMENTS, 1);
        model.flows().add(Indicator.VC_INVESTED_BN, total);
        model.log(FirmEventKind.INVESTMENT, f, f.home, null, f.sector, total, lead.getId());
    }

    /**
     * What a zone's government unicorn fund (three-high lever) puts into a round of a gazelle, a
     * potential unicorn or a young firm under the unicorn age limit, from the fund's national-scale dry powder (one agent round stands for 1/scale real
     * rounds); charged to the fund only when the round closes.
     */
    private static double unicornFundShare(ZoneLabModel model, Firm f, double amount) {
        ZonePolicy policy = f.home.policy;
        ZoneProgramme fund = f.home.programme;
        if (fund.unicornFundBn <= 0 || policy.unicornCoinvestShare <= 0) {
            return 0;
        }
        boolean candidate = f.gazelle || f.venture.valuation >= policy.unicornFundMinValuationBn
                || f.age(model.time()) < model.parameters().get(Param.STARTUP_YEARS);
        if (!candidate || f.age(model.time()) > model.parameters().get(Param.UNICORN_MAX_AGE)) {
            return 0;
        }
        return Math.min(policy.unicornCoinvestShare * amount, fund.unicornFundBn * model.scale());
    }

    static double preMoney(ZoneLabModel model, Parameters p, Firm f, double amount) {
        double d = p.get(Param.ROUND_DILUTION);
        double lead = f.lnKnowledge - model.index().sectorMeanLnK(f.sector);
        double pre = Math.max(p.get(Param.REVENUE_MULTIPLE) * f.accounts.revenue,
                amount * (1 - d) / d * Math.exp(p.get(Param.KNOWLEDGE_VALUATION) * Math.max(0, lead)));
        if (f.venture.rounds > 0) {
            VentureRecord.LastRound last = f.venture.last;
            double years = Math.max(0, model.time() - last.time());
            double performance = (Math.log(f.accounts.revenue) - last.lnRevenue()) + (f.lnKnowledge - last.lnKnowledge())
                    - p.get(Param.VALUATION_GROWTH_NORM) * years;
            double stepped = last.postMoney() * Math.pow(p.get(Param.VALUATION_STEPUP), years)
                    * Math.exp(p.get(Param.VALUATION_PERFORMANCE) * performance);
            pre = Math.max(pre, stepped);
        }
        ZonePolicy policy = f.home.policy;
        if (policy.pilotValuationPremium > 0 && model.isPilotEligible(f, policy.contractMaxAge)) {
            pre *= 1 + policy.pilotValuationPremium;
        }
        return pre;
    }

    private static Investor coInvestor(ZoneLabModel model, Parameters p, Firm f, MersenneTwisterFast rng) {
        List<Investor> funds = model.guidanceFunds(f.home);
        if (funds.isEmpty()) {
            return null;
        }
        Investor g = funds.get(rng.nextInt(funds.size()));
        return g.dryPowder > 0 ? g : null;
    }
}
