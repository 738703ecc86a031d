## Owners' votes: counted by floor area and by headcount (Civil Code art. 278)

command-votes = Owners' votes: vote, see results
command-votes-staff = Owners' votes: open one, paper ballots, who has not voted
menu-votes = 🗳 Owners' votes
flow-title-vote = owners' vote
flow-title-vote-paper = paper ballot

vote-kind-ordinary = Ordinary matter (such as using the maintenance fund)
vote-kind-fund-raise = Raising the maintenance fund
vote-kind-rebuild = Rebuilding or altering the buildings and their facilities
vote-kind-common-use = Changing the use of common parts, or running a business on them
vote-rule-half = it needs more than half of the participating area and more than half of the participating owners to agree
vote-rule-three-quarters = it needs at least three quarters of the participating area and three quarters of the participating owners to agree
vote-choice-agree = Agree
vote-choice-disagree = Disagree
vote-choice-abstain = Abstain
vote-source-online = online
vote-source-paper = paper
vote-action-online = voted online
vote-action-paper = paper ballot entered
vote-action-changed = vote changed
vote-action-replaced = online vote replaced the paper ballot

vote-ask-title = 🗳 Open an owners' vote (for the owners' committee). Its title (e.g. “Lift overhaul from the maintenance fund”)?
vote-ask-body = Describe the matter: what will be done, what it costs, where the money comes from.
vote-ask-kind = Which kind of matter? (It decides the majority needed.)
vote-ask-files = Send photos of the quote, the plan … ({ $count } of at most { $max } so far), or press Done if there are none.
vote-ask-day = Until which day can owners vote? (It closes at 20:00 that day.)
vote-field-title = Title
vote-field-body = Description
vote-summary =
    Please check the vote — once opened, each unit's voting owner is told:
    { $title }
    Kind: { $kind }
    { $body }
    { $files ->
        [0] No photos
        [one] One photo
       *[other] { $files } photos
    } · closes { $closes }
    Roll: { $units } units, { $owners } owners, { $area } m² in all
    At least two thirds of the area and of the owners must take part; { $rule }.
vote-opened-note = ✅ The vote is open; every unit's voting owner has been told.

vote-opened =
    🗳 Owners' vote { $number } ({ $estate }): { $title }
    Kind: { $kind }; closes { $closes }. Open it to see your voting weight and vote.
vote-remind = ⏰ Owners' vote { $number } “{ $title }” closes { $closes } and you have not voted yet: open it to vote.
vote-button-open = 🗳 Open the vote
vote-closed-staff =
    🗳 Vote { $number } “{ $title }” has closed: { $passed ->
        [1] passed
       *[other] not passed
    }. The result has been published to all residents.
vote-result-notice =
    📢 Owners' vote result: { $estate } { $number }
    Matter: { $title }
    Kind: { $kind }
    Result: { $passed ->
        [1] passed
       *[other] not passed
    }
    Participating area { $voted_area } m² of { $total_area } m² ({ $voted_area_pct }%)
    Participating owners { $voted_owners } of { $total_owners } ({ $voted_owners_pct }%)
    { $quorum ->
        [1] The two-thirds participation was reached.
       *[other] The two-thirds participation was not reached.
    }
    Agreeing area { $agree_area } m² of { $voted_area } m² participating ({ $agree_area_pct }%)
    Agreeing owners { $agree_owners } of { $voted_owners } participating ({ $agree_owners_pct }%)
    Disagree: { $disagree_owners } owners ({ $disagree_area } m²); abstain: { $abstain_owners } owners ({ $abstain_area } m²)
    Rule: { $rule }.

vote-card =
    🗳 Owners' vote { $number }: { $title }
    Kind: { $kind } · { $closed ->
        [1] closed { $closes }
       *[other] closes { $closes }
    }
    { $body }
vote-turnout =
    Taking part so far: area { $voted_area } of { $total_area } m² ({ $voted_area_pct }%), owners { $voted_owners } of { $total_owners } ({ $voted_owners_pct }%)
    { $quorum ->
        [1] The two-thirds participation is reached.
       *[other] The two-thirds participation is not reached yet.
    }
    To pass, { $rule }.
vote-result =
    Result: { $passed ->
        [1] ✅ passed
       *[other] ❌ not passed
    }
    Participating area { $voted_area } m² of { $total_area } m² ({ $voted_area_pct }%)
    Participating owners { $voted_owners } of { $total_owners } ({ $voted_owners_pct }%){ $quorum ->
        [1] , two thirds reached
       *[other] , two thirds not reached
    }
    Agreeing area { $agree_area } m² of { $voted_area } m² participating ({ $agree_area_pct }%)
    Agreeing owners { $agree_owners } of { $voted_owners } participating ({ $agree_owners_pct }%)
    Disagree: { $disagree_owners } owners ({ $disagree_area } m²); abstain: { $abstain_owners } owners ({ $abstain_area } m²); on paper: { $paper } owners
    To pass, { $rule }.
vote-card-mine =
    Your voting weight: { $units }, { $count ->
        [one] one unit
       *[other] { $count } units
    } with { $area } m², counted as one owner.
    { $voted ->
        [1] Your vote: { $choice }{ $paper ->
            [1] {" "}(paper ballot, entered by the office)
           *[other] {""}
        }{ $replaced ->
            [1] {" "}(your online vote replaced the paper ballot)
           *[other] {""}
        }
       *[other] You have not voted yet.
    }
vote-card-not-owner = Owners' votes are cast by the owner of record (one vote per unit); tenants and family members can read them but not vote.
vote-card-co-owner = Your unit's vote is cast by its voting owner (the owner bound first, unless the office names another); the office can change who votes.
vote-co-owner = Another owner of your unit casts its vote; ask the office if you should be the one who votes.
vote-card-voted = Voted: { $count } of { $total } units ({ $secret ->
    [open] how they voted is not shown before the close
    [secret] how they voted stays secret
   *[shown] how each voted is in the exported ballots
}).
vote-cast-thanks = Your vote is recorded; you can change it until the close.
vote-button-paper = 📝 Enter a paper ballot
vote-button-silent = 🚪 Owners who have not voted
vote-button-export = 📊 Export the ballots
vote-silent-none = Every owner has voted.
vote-silent-head = 🚪 Owners who have not voted ({ $count } units), to visit:
vote-silent-line = { $unit } · { $owner } · { $phone }
vote-silent-more = … and { $count } more units.
vote-list-head = 🗳 Owners' votes:
vote-list-none = No owners' votes yet.
vote-list-line = { $number } { $title }{ $closed ->
    [1] {" "}(closed)
   *[other] {""}
}
vote-button-new = 🗳 Open a vote

vote-ask-paper-unit = 📝 Enter a paper ballot. Which unit? Type its code (e.g. 1-1-101).
vote-ask-paper-choice = What does the ballot say?
vote-ask-paper-photo = Send a photo of the ballot ({ $count } of at most { $max }).
vote-paper-summary = Please check: the paper ballot of { $unit } says “{ $choice }”.
vote-paper-recorded = ✅ The paper ballot of { $unit } is recorded.

vote-managers-only = Owners' votes are opened by the office's managers for the owners' committee.
vote-need-bound = Please bind your unit with your invite code first.
vote-no-units = No units are imported yet, so no vote can be opened.
vote-units-without-area = { $count ->
    [one] One unit has
   *[other] { $count } units have
} no registered area, so the vote cannot be opened: { $units }. Add the areas to the units file and import it again.
vote-bad-text = The title may have at most 200 characters, the description at most { $limit }.
vote-closes-too-soon = The vote must close at least an hour from now.
vote-owners-only = Only the owner of record can vote; tenants and family members cannot.
vote-closed = This vote has closed; no more votes are taken.
vote-unit-not-on-roll = Unit { $unit } is not on the vote's roll.
vote-not-your-grid = { $unit } is not in your grids.
vote-paper-after-online = This owner has voted online; a paper ballot cannot overwrite an online vote.

vote-sheet-ballots = Ballots
vote-sheet-record = Record
vote-col-unit = Unit
vote-col-area = Area (m²)
vote-col-owner = Owner
vote-col-voted = Voted
vote-col-choice = Choice
vote-col-source = How
vote-col-replaced = Replaced paper
vote-col-at = At
vote-col-units = Units
vote-col-action = What
