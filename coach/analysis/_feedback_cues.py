"""Per-tag cue tables for reading feedback: the words recruiters and interviewers use.

For each tag: WEAK cues name a weakness on their own ("rambled", "hiring freeze"); SOFT
cues do too but give way to a more specific tag in the same clause ("high level"); TOPIC
cues name an area and count only in a clause that also says something fell short. The
broad topic lexicon (`_TOPICS`, word families per tag) and the phrase kinds added later
(`_WEAK_KINDS`, `_MORE_WEAK`, `_MORE_TOPIC`) are merged into the same three slots.
Patterns run over lowercased text; an empty string means none of that kind.
"""

from __future__ import annotations

import re

from coach.analysis._text import Gate, compile_fast

_EX = r"(?:examples?|stories|story|answers?|responses?)"
_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)"

# "Experience" that is not the person's: their own, or what customers go through ("weak on
# patient experience" is about customers).
_NOT_THEIRS = "".join(
    f"(?<!{who} experience)"
    for who in (
        *("own", "customer", "client", "user", "patient", "guest", "passenger", "visitor"),
        *("member", "tenant", "candidate", "employee", "student", "shopper", "donor"),
        *("learner", "resident", "caller", "traveller"),
    )
)

_CUES: dict[str, tuple[str, str, str]] = {
    "answer_structure": (
        r"\brambl\w*|\bwaffl\w*|\bmeander\w*|\bunstructured\b|\bdisorgani[sz]ed\b"
        r"|\b(?:lack(?:ed|ing|s)?|no|without|more|better|clearer|little) (?:clear )?structure\b"
        r"(?! around)"
        r"|(?:n't|\bnot|\bnever) (?:\w+ )?(?:any|a) (?:clear |real |obvious )?structure\b"
        r"|\b(?:poorly|badly|loosely) structured\b|\ball over the (?:place|map)\b|\bjump(?:ed|ing"
        r"|s)? "
        r"(?:around|about|between)\b|\b(?:hard|difficult|tough|tricky|impossible) to follow\b|\b"
        r"(?:lost|follow) the thread"
        r"|\blost track\b|\bwander\w*(?! (?:off|from|away))|\bdrift(?:ed|ing)?\b|\bjumble\w*"
        r"|\b(?:round|in) circles\b"
        r"|\b(?:get|gets|got|getting|come|came|coming) to the point\b|\bstar (?:method|format"
        r"|framework|technique|model)\b|\bmore shape\b"
        r"|\bwhere the situation ends\b|\bset the scene\b|\bbeginning, middle and end\b"
        r"|\bclear (?:beginning|shape|arc|narrative thread)\b|\blead with the (?:outcome|result|"
        r"answer|headline)\b|\bsignpost\w*|\bhard to work out where\b",
        "",
        rf"\b{_EX}\b[^.;]{{0,40}}\bstructur\w*|\bstructur\w*[^.;]{{0,30}}\b{_EX}\b|\bstar\b",
    ),
    "answer_relevance": (
        r"(?:(?<!could)n't|\bnot|\bfailed to|\bnever) (?:really |quite |fully |actually |always )?"
        r"(?:answer"
        r"|address)(?:ed|ing)? (?:the question|what|my question|our question|the questions)\b"
        r"|\brather than the question\b|\banswered about [^.;]{1,40}\binstead\b|\bmisread (?:the"
        r"|a) "
        r"(?:question|brief|bit|requirements?|task)\b|\bsolved the wrong\b"
        r"|\b(?:answer(?:ed|ing)?|solv(?:ed|ing)|tackl(?:ed|ing)) (?:a |the )?(?:different|"
        r"another|wrong|other) (?:question|problem)|\bdifferent (?:question|problem) from\b"
        r"|\boff[- ]topic\b|\btangent\w*|\b(?:missed|misunderstood|misread|misinterpreted) (?:the "
        r"point|the question|that the question|what)\b|\blisten to the question\b"
        r"|\b(?:rather than|instead of) (?:answering|addressing)\b|\bnot what (?:was|we|i) asked"
        r"|\b(?:kept|keeps|keep) (?:returning|going back|coming back) to the same\b"
        r"|\basked\b(?! (?:if|whether) (?:you|i|he|she|they)(?:'d| would) (?:consider|be open"
        r"|like|prefer|be interested))[^.;]{0,100}\binstead\b|\bwhat was (?:actually )?asked\b"
        r"|(?:n't|\bnot) "
        r"(?:really |quite )?match what (?:they|we|i|he|she) (?:were|was) ask\w*|\bregardless of "
        r"(?:the|what) (?:question|was asked)|\bused them regardless\b|\bstick to the question\b"
        r"|\bstray\w* (?:from|off)\b"
        r"|\bdrift\w* (?:from|off) (?:the )?(?:question|topic|point)\b",
        "",
        r"\bclarif\w*|\bcheck(?:ed|ing)? (?:your |his |her |their )?(?:understanding|assumptions)"
        r"|\bthe question (?:being )?asked\b|\bwhat (?:they|we|i|he|she) (?:was|were) (?:asking"
        r"|after)\b",
    ),
    "specific_examples": (
        rf"\bvague(?:ly)?\b|\bgeneric {_EX}|\bstayed at the level\b|\bno result\b"
        r"|\b(?:no|without|lack(?:ed|ing|s)?|few|limited|little|not enough|more) (?:real |concrete "
        r"|specific |clear |tangible |measurable |hard )+(?:examples?|evidence|figures|numbers|"
        r"metrics|data|results?|outcomes?|detail)\b|\b(?:no|without|any) (?:figures|numbers|"
        r"metrics)\b|\bwhat (?:the )?(?:actual |end |final )?(?:result|outcome|impact) was\b"
        r"|\bwhat happened in the end\b|\b(?:hear|say|know) more about (?:the |your )?(?:impact|"
        rf"results?|outcomes?)\b|\b{_EX} (?:were|was) (?:a bit |quite |rather |very )?(?:thin|weak|"
        r"vague|generic)\b|\btextbook\b(?!,? (?:nicely|well|great|excellent|perfect|spot on"
        r"|no issues))"
        r"(?:(?<=bit textbook)|(?<=too textbook)|(?<=little textbook)|(?<=quite textbook)"
        r"|(?<=rather textbook)|(?<=very textbook)|(?!\s*(?:[.,;!]|$)))"
        r"|\bnothing from (?:your|his|her|their) own\b"
        r"|\bhow well\?|\bhigh[- ]level\b(?! (?:view|overview|plan))|\bgive (?:them|us"
        r"|me) (?:a )?numbers?\b",
        r"\bsurface[- ]level\b|\bhand-wav\w*|\bhypothetical\w*|\btheoretical\b|\bin (?:general"
        r"|broad) terms\b"
        r"|\bgeneralities\b|\bfrom (?:\w+ ){0,2}years ago\b|\bsomething (?:more )?recent\b",
        r"\bexamples?\b|\bevidence\b|\bspecifics?\b|\bdetail\b|\bconcrete\b|\bimpact\b"
        r"|\bresults?\b(?!\s?:)"
        r"|\boutcomes?\b(?!\s?:)|\bmeasurable\b|\bquantif\w*|\bnumbers\b|\bfigures\b|\bmetrics\b",
    ),
    "conciseness": (
        r"\b(?:too|overly|quite|a bit|rather|very|a touch|a little|slightly|somewhat|a tad"
        r"|fairly|pretty) (?:long|lengthy|long-winded|wordy|verbose|"
        r"brief|short|terse)\b|\blong[- ]winded\b|\bverbose\b|\bwordy\b"
        r"|\bran (?:\w+ ){0,2}?(?:long|over)\b|\b(?:answers?|it|responses?) took (?:forever|ages)\b"
        r"|\bspent (?:so|too|far too|way too) long on\b|\bfinished in (?:under|less than) \d+\b"
        r"|\b\d+[- ]?min(?:ute)?s? slot,? (?:went|ran|took) \d+\b"
        rf"|\boverran\b|\bwent on (?:for|too long)\b|\b(?:took|take|taking) (?:almost |nearly "
        rf"|over |about |around )?{_NUM} minutes\b"
        r"|\bran out of time\b|\bone-(?:line|word) answers?\b|\b(?:drag|pull|draw)(?:ging|ed|ing)?"
        r" (?:the )?(?:detail|information|answers?) out of\b|\b(?:cut|trim|shorten|tighten)"
        r"(?:ting|ing)? (?:it|"
        r"them|your|the|up)\b|\bspent too long\b|\b(?:lots of|so much) background\b|\b(?:into"
        r"|on) every (?:little )?detail\b|\btoo much (?:detail|background|context|time)\b"
        r"|\bkeep (?:it|them|your answers?) (?:short|shorter|brief|tight|concise)\b|\bconcision\b"
        r"|\bmore concise\b|\bbe concise\b|\b(?:aim|target) for (?:about |around )?(?:\d{1,3}"
        r"|ninety|"
        r"sixty|two|three) (?:seconds|minutes)|\bneeded (?:\w+ )?prompting\b|\bhad to prompt\b"
        rf"|\b{_EX} (?:were|was) (?:\w+ )?(?:short|brief|terse)\b|\bafter {_NUM} minutes\b",
        "",
        r"\bconcise\w*|(?<!-)\blength\b|\bsuccinct\w*|\bbrevity\b|\belaborat\w*",
    ),
    "confidence": (
        r"\bnerv(?:ous|es|ousness)\b|\banxious\b|\bhesitan\w*|\bhesitat(?:ed|es|ing)\b"
        r"|\bunsure of (?:yourself|himself|"
        r"herself|your|his|her)\b|\b(?:lack(?:ed|s|ing)?|low|little|no|more|greater) (?:of )?"
        r"(?:self-)?confidence\b|\bunder-?s[eo]l(?:d|l|ling)\b|\bover-?sell\w*|\boversold\b"
        r"|\boverconfiden\w*|\bfiller words?\b|\bfillers\b|\bums and ahs\b|\bapologi[sz]\w*\b(?! "
        r"(?:well|sincerely|appropriately|properly|genuinely))"
        r"|\bhedg(?:ed|ing|es)\b|\b(?:long )?pauses\b|\bvoice (?:trailed|shook|shaking|was quiet)"
        r"|\b(?:spoke|speak|speaking|talked|talking) (?:\w+ )?(?:too|very|really|so|far too|a bit)"
        r" (?:quickly|fast|quietly|softly|rapidly)"
        r"|\bflustered\b|\brattled\b|\bpassive\b|\btimid\b|\btentative\b"
        r"|\bown your achievements\b|\bsaid '?i don't (?:really )?know\b|\bsingle-handedly\b"
        r"|\bexaggerat\w*|\boverstat\w*|\bself-deprecat\w*|\b(?:rarely|seldom|never) (?:shares?|"
        r"speaks?|voices?|contributes?)\b|\b(?:under|down)play\w*|\bself-doubt\b"
        r"|\bmumbl\w*|\bhard to hear\b|\binaudible\b|\bfroze\b|\bfreez(?:e|es|ing) (?:up|when)\b"
        r"|\bwent blank\b|(?:n't|\bnever) (?:really |quite |fully )?recover\w*|\blost (?:your|his|"
        r"her|their) (?:train of thought|composure|nerve)\b|\bvisibly (?:anxious|nervous"
        r"|uncomfortable|stressed)\b|\bfidget\w*",
        "",
        r"\bconfiden(?:t|ce|tly)\b(?! (?:that|the|it|this|he|she|they|we|intervals?|levels?)\b)"
        r"|\bspeak up\b"
        r"|\bassertive\w*|\bself-belief\b|\bpresence\b|\bgravitas\b|\bcomposure\b"
        r"|\bsell (?:yourself|himself|herself|themselves)\b|\bmodest\w*|\bhumble\b",
    ),
    "rapport": (
        r"\bdisengaged\b|\bflat\b|\bimpersonal\b|\brobotic\b|\bscripted\b|\bmonoton\w*"
        r"|\bno camera contact\b|\beyes down\b|\bspoke (?:\w+ )?to the (?:\w+ )?(?:observer|panel)"
        r" rather than\b"
        r"|\bover-?rehearsed\b|\bsounded rehearsed\b|\brehearsed and\b"
        r"|(?<!had to )(?<!needed to )(?<!have to )\binterrupt\w*"
        r"|\btalked over\b(?! you\b)|\blooked down\b|\bposture\b|\b(?:barely"
        r"|never|rarely) (?:smil\w*|"
        r"made eye contact)|\b(?:poor|little|no|lack of|more|limited|low) (?:eye contact|energy|"
        r"enthusiasm|warmth|rapport)\b|\black(?:ed|ing)? (?:of )?(?:enthusiasm|energy|passion|"
        r"warmth|interest)\b|\bless (?:engaged|enthusiastic|energetic|animated|interested|warm)\b"
        r"|(?:n't|\bnot) (?:seem |appear |come across as |came across as |sound )?(?:a good |very "
        r"|really |particularly |that )?(?:listen\w*|engaged(?! with (?:the|my|our|their|that) "
        r"(?:\w+ ){0,2}question)|enthusiastic|passionate|interested"
        r"|excited|curious|keen(?! to)|invested)\b|\bconnected better\b"
        r"|\blow[- ]energy\b|\bread(?:ing)? (?:from |off )?(?:a |the |his |her |their "
        r"|your )?(?:script|notes)\b|\blook(?:ing|ed)? (?:up )?at"
        r" the (?:ceiling|floor|desk|table)\b|\blook at the camera\b|\b(?:stiff|wooden|aloof|"
        r"cold|distant|guarded)\b",
        "",
        r"\bengag(?<!client engag)(?<!stakeholder engag)(?:ed|ing|ement)\b(?! with (?:the|my|our"
        r"|their|that) "
        r"(?:\w+ ){0,2}question)|\benthusias\w*|\bexcit\w*|\benerg\w*"
        r"|\bpassion\w*|\bwarmth\b|\bpersonable\b"
        r"|\brapport\b|\bconnect(?:ed|ion)?\b|\blisten\w*|\beye contact\b|\bbody language\b"
        r"|\bsmil\w*|\banimated\b",
    ),
    "attitude_professionalism": (
        r"\barrogan\w*|\bdefensiv\w*|\bdismissive\b|\bentitle(?:d|ment)\b|\bnegative(?:ly)? about"
        r"|\b(?:someone|everyone|everybody|anyone) else's fault\b"
        r"|[\'\"\u2018\u201c](?:a joke|clueless|useless|(?:an )?idiots?|clowns?|toxic"
        r"|a shambles)[\'\"\u2019\u201d]"
        r"|\babout (?:your|his|her|their|my) (?:current|previous|last|former|old) (?:employer|boss"
        r"|manager|firm|company|team)\b[^.;]{0,40}\bnegative\b"
        r"|\b(?:bad-?mouth|disparag|criticis|criticiz)\w*|\bbitter\b|\bblam(?:ed|ing|es)\b|\brude\b"
        r"|\bunprofessional\b|\bcocky\b|\bcondescend\w*|\bpatroni[sz]\w*|\bsmug\b|\babrasive\b"
        r"|\btook a (?:phone )?call\b|\b(?:was|arrived|turned up|came) (?:very |quite |a bit "
        r"|slightly )?late\b|\blate (?:to|for) (?:the )?(?:call|interview|meeting|session)\b"
        r"|\bcomplain\w* about"
        r"|\btalked too much about\b[^.;]{0,40}\bproblems\b|\b(?:boss|manager|employer|company|"
        r"colleagues?)\b[^.;]{0,30}\b(?:useless|shambles|incompetent|clueless|hopeless|a joke|"
        r"terrible|awful|toxic)\b|\bsarcas\w*|\bargumentative\b|\bcombative\b|\birritat\w*"
        r"|\bimpatien\w*|\bcurt\b"
        r"|\braised (?:his|her|their|your) voice\b|\blost (?:his|her|their|your) temper\b"
        r"|\bhostile\b"
        r"|\bsnapp(?:ed|y|ish)\b|\bshort with\b",
        "",
        r"\battitude\b|\bprofessionalism\b|\bprofessional\b|\bdemeanou?r\b|\btone\b|\breceptive\b"
        r"|\bopen to (?:feedback|challenge|criticism|critique)\b|\b(?:take|took|taking) feedback\b",
    ),
    "company_research": (
        r"(?:n't|\bnot|\bno|\blittle|\bwithout) (?:done |do |doing )?(?:any |much |enough |your |"
        r"the |her |his )?(?:research|homework|reading up)\b|(?:n't|\bnot) (?:seem to |really |"
        r"appear to )?(?:know|understand|convince us you understood)\b[^.;]{0,30}\b(?:us|our|the "
        r"company|what we do|the business|the organi[sz]ation)\b|\babout any (?:company|bank|firm|"
        r"business|organi[sz]ation)\b|\b(?:hadn't|had not|didn't|did not) (?:\w+ )?look(?:ed)? at"
        r" (?:our|the) website\b"
        # "didn't know we'd been acquired", "hadn't come across our mentoring programme"
        r"|(?:n't|\bnot|\bnever) (?:even |seem to |appear to )?(?:know|knew|heard of|come across"
        r"|looked at|read|seen|visited|realised|realized)\b[^.;]{0,40}?(?:\bwe(?:'d|'ve| had"
        r"| have)\b|\bour (?!own\b)|\bthe (?:firm|company|trust|bank|practice|school|group"
        r"|business|charity|organi[sz]ation|store|hotel|client)'s\b)"
        r"|\b(?:more |any |much )?awareness of (?:the|our|their) (?:firm|company|trust|bank"
        r"|practice"
        r"|school|group|business|charity|organi[sz]ation)'s\b"
        r"|\b(?:had|has|have) no idea (?:it|that|this|they|we)\b"
        r"|\b(?:our|the (?:firm|company|trust|bank|practice|school|group|business|charity"
        r"|organi[sz]ation|store|hotel)'s) [^.;]{0,60}?\b(?:you|he|she|they|i) (?:hadn't|had not"
        r"|didn't|did not|haven't) (?:\w+ )?(?:heard of|come across|looked at|read|seen"
        r"|know about)\b",
        "",
        r"(?<!user )(?<!market )(?<!ux )\bresearch\w*|\bhomework\b|\bhomepage\b|\bwebsite\b"
        r"|\bannual report\b|\bpress\b"
        r"|\bwhy us\b|\bwhy[- ]this[- ]company\b|\bwhy (?:this|our) (?:company|firm|business)\b"
        r"|\bcuriosity about\b|\b(?:knowledge|understanding|knew|know|understood|understand)\b"
        r"[^.;]{0,40}\b(?:company|organi[sz]ation|market|competitors|products?|business|sector|"
        r"mission|strategy|what we do)\b|\bjob (?:description|spec)\b|\bcommercial awareness\b"
        r"|\b(?:pricing|business|operating) model\b|\bwho we compete with\b|\bcompetitors?\b"
        r"|\bour (?:market|clients|strategy|products|services|mission|history|results|plans)\b"
        r"|\b(?:understanding|knowledge|awareness) of our\b|\bregulatory (?:environment"
        r"|landscape)\b"
        r"|\brecent (?:developments|news|announcements|results)\b|\bthe \w+ (?:space|landscape)\b"
        r"|\b(?:industry|market) (?:trends|news|developments)\b",
    ),
    "role_motivation": (
        r"\bstepping stone\b|\bopportunistic\b|\bapply for anything\b|\bhang together\b"
        r"|(?:n't|\bnot) make the link\b",
        "",
        r"\bwhy (?:do|did|would) (?:you|he|she|they|i) (?:want|wish|choose|decide)\b"
        r"|(?<=[\"'\u201c])why (?!us\b|me\b)[a-z]+(?: and not [a-z]+)?\b|\bwhy now\b"
        r"|\bwhy (?:you|she|he|they|i)(?:'d|'re|'s)? (?:want|wants|wanted|are|were|is|left|leave|"
        r"applied|would|interested|keen|applying|moving|leaving)\b|\bwhy this (?:particular "
        r"|specific |exact )?(?:role|job|position|"
        r"move|post|career|profession)\b|\bmotivation\w*|\bcareer (?:story|plan|path|direction"
        r"|goals?|narrative|change|"
        r"move|switch|pivot)\b|\bplan for (?:your|her|his|their) career|\b(?:reasons?|rationale) "
        r"for (?:leaving|applying|the move|moving)\b|\bcommitment\b|\bmove (?:from|into)\b"
        r"|\bthe move\b|\bmoving into\b|\bwhy (?:\w+ ){1,2}specifically\b|\bwhat (?:excites|"
        r"attracts|interests|draws) (?:you|her|him)\b",
    ),
    "technical_depth": (
        r"\b(?:lack(?:ed|ing|s)?|limited|not enough|more|little|without|insufficient|no real|"
        r"shallow|superficial) (?:technical )?depth\b|\bin any depth\b|\bgaps? in (?:your |his |"
        r"her |their )?(?:understanding|knowledge) of\b|\bunfamiliar with\b"
        r"|\b(?:shaky|rusty) on\b|\bsyntax errors?\b"
        # "your answer on the liquidity coverage ratio was wrong", "guessed the GP% and got it
        # wrong", "answers on NEC4 compensation events were not accurate"
        r"|\b(?:answers?|explanation|understanding|grasp|knowledge|calculation|figures?) (?:on|of"
        r"|about|for) [^.;]{1,60}? (?:was|were|is|are) (?:\w+ )?(?:wrong|incorrect|inaccurate"
        r"|not (?:quite )?(?:accurate|right|correct))\b"
        r"|\b(?:you|he|she|i|and|but) (?:then )?got (?:it|that|this|them|the \w+) wrong\b",
        r"\bweak on\b",
        r"\bdepth\b|\btechnically\b|\btechnical (?:depth|knowledge|skills?|ability|understanding"
        r"|expertise|grasp|"
        r"detail|test|assessment|exercise|task|challenge|questions?|side)\b|\bfundamentals\b"
        r"|\bsystem design\b|\barchitecture\b|\balgorithm\w*|\bdata structures?\b"
        r"|\bcoding (?:test|exercise|challenge|round)\b|\bsql\b|\bpython\b|\bjava(?:script)?\b"
        r"|\bstatistic\w*|\bnetworking\b|\bdistributed\b|\bcaching\b|\bscal(?:ing|ability)\b"
        r"|\bquery\b|\bindex\b|\bdata modell?ing\b|\bedge cases\b|\bkubernetes\b|\bcloud\b"
        r"|\bmachine learning\b|\brigou?r\b|\bknowledge of\b|\bworking (?:solution|code)\b"
        r"|\blive coding\b|\bmachine learning side\b|\b(?:array|string|graph|tree) problem\b",
    ),
    "presentation_prep": (
        r"\b(?:under-?|un)prepared\b[^.;]{0,30}\b(?:presentation|case study|pitch)"
        r"|\b(?:presentation|case study|pitch|slides|deck)\b[^.;]{0,30}\b(?:under-?|un)prepared\b"
        r"|\b(?:put|thrown) together (?:the night before|at the last minute)|(?:n't"
        r"|\bnot) (?:\w+ ){0,3}"
        r"prepared for the (?:case|presentation|task|exercise|assessment)\b",
        "",
        r"\bpresentations?\b|\bslides?\b|\bdeck\b|\bcase[- ]study\b|\btake[- ]home\b"
        r"|\bassignment\b|\bpitch\b|(?<!beyond )\bthe brief\b|\b(?:on|through|into"
        r"|with) the case\b(?! (?:of|for|that|where|when)\b)"
        r"|\bcase (?:exercise|interview|task|write-?up|report|memo|submission)\b|\b(?:presentation"
        r"|written) (?:exercise|task)\b|\bportfolio\b(?! of)",
    ),
    "questions_for_interviewer": (
        r"(?:n't|\bnot|\bnever) (?:ask(?:ed)?|raise[d]?) (?:us |them |me |the panel |the "
        r"interviewers? |him |her )?(?:any|anything|much|many|a single|no)\b|(?:\bno|n't have any"
        r"|\bnot have any|\bwithout any|\bfew) (?:\w+ )?questions? (?:for|of|at the end)\b",
        "",
        r"\bquestions? (?:you|i|she|he|they) asked\b|\bclosing questions?\b"
        r"|\bq'?s at (?:the )?end\b"
        r"|\bany questions for (?:me|us)\b|\bquestions? (?:ready |prepared )?(?:at|for) the end\b"
        r"|\bquestions? for (?:the )?panel\b|\bquestions? at the"
        r" end\b|\bquestions? (?:for|of) (?:us|the panel|them|the interviewers?|the team)\b",
    ),
    "soft_skills": (
        "",
        "",
        r"\bsoft[- ]skills?\b|\bpeople[- ]skills?\b|\binterpersonal\b|\bbehaviou?ral (?!question"
        r"|interview)\w+|\bbehaviou?rs\b|\bemotional intelligence\b|\bpeople side\b"
        r"|\bworking with people\b|\bcompetenc(?:y|ies)(?:[- ]based)?\b(?! questions?| interview"
        r"| answers?)",
    ),
    "teamwork": (
        r"\bin isolation\b|\bquite individual\b|\blone wolf\b|\bgo(?:es|ing)? it alone\b"
        r"|\b(?:like|likes|liked|prefer|prefers|preferred) (?:\w+ )?working on (?:my|his|her|their"
        r"|your) own\b",
        "",
        r"\bteam ?work\w*|\bteam player\b|\binvolv\w* (?:the team|others|colleagues|people)\b"
        r"|\b(?:with|across|involv\w*|includ\w*) the wider team\b|\bhelping each other\b"
        r"|\bpulling (?:their|his|her) weight\b"
        r"|\bsupport(?:ed|ing)? (?:her |his |their |your )?colleagues\b"
        r"|\bcollaborat\w*|\bwork(?:ing)? (?:with|alongside) "
        r"(?:others|colleagues|the team)\b|\bacross (?:teams|functions|departments)\b"
        r"|\bcross[- ]functional\b|\b(?:group|"
        r"team) (?:exercise|discussion|task|activity)\b|\bbuild on others\b|\bshare knowledge\b"
        r"|\b(?:keep|kept|keeping) (?:\w+ ){1,3}in the loop\b|\bindividual(?:istic)? approach\b",
    ),
    "leadership": (
        r"\b(?:you|he|she|they|to|tends? to|can) (?:\w+ )?micromanag\w*|\bmicromanag\w* (?:the"
        r" |his |her |their |your )?(?:team|reports|people|staff|juniors)\b",
        "",
        r"\bleadership(?! team)\b|\b(?:led|lead(?:ing)?)(?: and \w+ing)? (?:a |the |your |his "
        r"|her )?"
        r"team\b"
        r"|\bdelegat\w*|\bmentor\w*|\bcoach(?:ing)? (?:others|juniors|people|the team)\b"
        r"|\bdevelop(?:ing|ed)? (?:anyone|people|others|your team|the team|juniors|his team|her "
        r"team)\b|\bgrow(?:ing)? (?:a|the|your|junior) team\b|\bmotivat\w* (?:(?:or"
        r"|and) \w+ )?(?:the "
        r"|your "
        r"|a )?(?:team|people|others|staff)\b|\b(?:set|setting) (?:clear(?:er)? )?direction\b"
        r"|\bdirect reports?\b|\bunderperform\w*|\bline manag\w*|\bjuniors (?:more )?(?:regular )?"
        r"feedback\b|\bmanaging (?:and growing )?(?:a team|people)\b|\bpeople manage\w*\b"
        r"|\bvision\b|\bempower\w*|\blet the team\b|\bstep back\b|\bchance to grow\b"
        r"|\bfix(?:ing)? everything (?:himself|herself|yourself|themselves)\b",
    ),
    "conflict_resolution": (
        "",
        "",
        r"\bconflict(?<!priorities conflict)s?\b|\bclash\w*|\bdisagree\w*|\bfriction\b|\bpush(?:ed"
        r"|ing)? ?back\b"
        r"|\bdifficult conversations?\b|\btension\w*|\bresol(?:ve|ved|ving) (?:it|the (?:conflict|"
        r"disagreement|tension|dispute))\b|\bresolution\b|\bconfront\w*|\bdisputes?\b",
    ),
    "communication": (
        r"\bjargon\b",
        "",
        r"\bcommunicat\w*\b(?! questions?\b)|\bexplain\w* (?:complex|technical|concepts|things"
        r"|your thinking|my "
        r"thinking|ideas|simply|clearly)\b|\bnon-technical\b|\bnon-(?:specialists?|engineers?|"
        r"experts?)\b|\baudience\b|\barticulat\w*|\bclarity\b|\bin writing\b"
        r"|\bwritten\b(?! (?:down|exercise|test|task|assessment|requirements?|specs?|plans?"
        r"|briefs?))"
        r"|\bstatus updates\b|\bout loud\b|\baloud\b|\bpresent (?:his|her|their|your) findings\b"
        r"|\btailor\w* (?:\w+ )?messages?\b|\bexplanation\w*|\bplain (?:language|english|terms)\b",
    ),
    "problem_solving": (
        r"\bgave up (?:quickly|easily|too)\b|\bno (?:systematic|structured|clear) approach\b"
        r"|\bno triage\b|\bno plan for what to do first\b|\brather than working out which\b"
        r"|\bjump(?:ed|ing)? (?:straight )?(?:to|into) (?:a |an |the )?(?:solutions?|conclusions?"
        r"|fix|answer)\b",
        "",
        r"\bproblem[- ]solving\b|\bestimation\b|\bdebugging\b|\bbreak(?:ing)? (?:\w+ ){0,3}"
        r"(?:problems? )?down\b|\bsystematic\b|\bframework\b|\bconstraints\b|\banalytical\b"
        r"|\broot cause\b|\breason(?:ing)? through\b|\bthought process\b|\blogic(?:al)? (?:puzzle|"
        r"reasoning|question)\b|\bcompeting (?:requests|priorities|demands)\b",
    ),
    "stakeholder_management": (
        r"\bmanag(?:e|ing) up(?:wards?)?\b",
        "",
        r"\bstakeholders?\b|\b(?:manag(?:e|ed|es|ing)|set|setting) (?:\w+ ){0,3}expectations\b"
        r"|\bsenior (?:people|"
        r"leaders|management)\b|\bthe directors?\b|\bdirectors\b|\binfluenc\w*|\bbuy-in\b"
        r"|\b(?:bring|brought|"
        r"bringing|get|got|getting) (?:\w+ ){0,3}on board\b|\b(?:keep\w*"
        r"|kept) (?:\w+ ){0,3}informed\b"
        r"|\brelationships? with\b|\bother (?:departments|functions)\b|\bwithout (?:formal )?"
        r"authority\b|\bgain(?:ing)? (?:their |the )?support\b|\bnegotiat\w*|\bsaying no\b"
        r"|\bagrees? to everything\b|\bover-?promis\w*|\b(?:brought|bring|bringing|take|took|"
        r"taking) (?:people|others|them|colleagues|\w+ teams?) (?:along|with you)\b"
        r"|\bget (?:\w+ ){0,3}"
        r"to agree\b|\bpersuad\w*|\bwin(?:ning)? (?:\w+ )?over\b|\bwith the business\b",
    ),
    "adaptability": (
        r"\brigid\w*|\bthrown by\b|(?:n't|\bnot|\bstruggled to) (?:cope|adapt)\b"
        r"|\bresist\w* (?:to )?change\b|\bcomfort zone\b|\b(?:the way|how) (?:things|it) (?:has"
        r"|have) "
        r"always been done\b|\bset in (?:his|her|their|your) ways\b|\bresistant to\b",
        "",
        r"\badapt\w*|\bflexib\w*|\bambigu\w*|\b(?:cope|coping|deal|dealing) with (?:change|"
        r"ambiguity|uncertainty)\b|\bopen to change\b|\bchange (?:of|in) (?:plan|direction|"
        r"priorities|scope)\b|\bchanged the (?:scenario|requirements|brief)\b|\bpriorities (?:shift"
        r"|change)\w*|\bshifting priorities\b|\bpivot\w*(?! tables?)|\bcurveball\b|\brefocus\w*"
        r"|\bembrac\w* (?:the )?(?:new|change)\b|\btransition\w*|\badopt(?:ed|ing|ion|s)?\b"
        r"|\b(?:rather than|instead of|slow to|without) adjust\w*|\boff[- ]script\b"
        r"|\bf[ae]ll(?:s|ing)? through\b|\bcl[ui]ng\w* to (?:the|his|her|their|my|your) (?:plan"
        r"|script)"
        r"|\bneeds? to flex\b|\blet(?:ting)? go of\b|\brollout\b|\bchanges? at the same time\b"
        r"|\bthe old (?:way|system|process"
        r"|checklist|tool|rota)s?\b",
    ),
    "ownership": (
        r"\bwaits? to be told\b|\b(?:saying|said|used|say) '?we'?\b|\bput it down to\b"
        r"|\bwhich (?:calls|decisions|parts|bits|ideas) (?:were|was) (?:yours|his|hers|theirs)\b"
        r"|\bwhat did (?:she|he|they) (?:actually |personally )?do\b|\btake more ownership\b"
        r"|\bleft for someone else\b|\bwhat '?we'? did\b",
        "",
        r"\bownership\b|\binitiative\b|\bproactiv\w*|\baccountab\w*|\b(?:take|took|taking) (?:more"
        r" )?responsibility\b|\bstep(?:ped)? up\b|\btake the lead\b|\bwithout being asked\b"
        r"|\b(?:personal|individual) (?:contribution|role|part)\b|\bwhat you (?:personally |"
        r"specifically |actually )?(?:did|achieved|contributed|delivered|owned)\b|\bpersonally\b"
        r"|\bwhat (?:role|part) you played\b|\bowning (?:outcomes|it|the)\b|\b(?:follow"
        r"|see)(?:ing)?"
        r" (?:things|it|them|work) through\b|\bwaiting for (?:someone|others|somebody)\b"
        r"|\boff track\b"
        r"|\bflag(?:ging)? (?:issues|risks|problems|blockers|delays|concerns)\b"
        r"|\bask(?:s|ing)? for help\b|\braise (?:issues|risks|problems) (?:early|"
        r"sooner)\b",
    ),
    "learning_from_failure": (
        r"\bhumblebrag\w*|\bno lesson\b|\bnothing (?:had |has )?(?:ever )?(?:really )?(?:gone"
        r"|went) wrong"
        r"|\bnever (?:made a mistake|failed)\b",
        "",
        r"\bfailure(?! handling| mode| rate)\b|\bfailed project\b|\bproject that failed\b"
        r"|\bmistakes?\b|\blearn(?:ed|t|ing)? (?:anything|from)\b|\bwhat (?:you|he|she|i|they)"
        r"(?:'d| would)? (?:learn\w*|chang\w*)\b|\blessons?\b(?!\s?:| plan| observ| carried| ran"
        r"| was"
        r"| went)(?<!the lesson)|\breflect(?:ed|ing)? on\b|\bdo (?:things )?"
        r"differently\b|\bwhat went wrong\b|\bsetbacks?\b|\bpost-?mortem\b|\bbad hire\b"
        r"|\bwent badly\b|\b(?:gone|went) wrong\b"
        r"|(?:n't|\bnot) go (?:well|to plan)\b",
    ),
    "customer_focus": (
        "",
        "",
        r"\bcustomer (?:focus|needs?|needed|service|experience|satisfaction|complaints?|examples)"
        r"|\b(?:customer|client|user|patient)[- ](?:orientation|orientated|oriented|centricity"
        r"|obsession|obsessed|mindset|empathy)\b"
        r"|\bend users?\b|\buser needs\b|\bthe user\b|\busers\b|\bclients?(?:'|') ?(?:complaints|"
        r"needs|satisfaction)|\bclient complaints\b|\b(?:upset|difficult|angry"
        r"|unhappy) (?:customer|"
        r"client)s?\b|\bthe ['\"]?customer\b|\bcustomers\b|\bcustomer feedback\b|\bslow (?:replies"
        r"|responses)\b"
        r"|\bresponse times?\b|\bcustomer[- ](?:centric|first)\b|\bwho we were building\b",
    ),
    "experience_gap": (
        r"\bover-?qualified\b|\b(?:too|a little|a bit|slightly) (?:junior|senior|inexperienced)\b"
        r"|\bwho(?: has|'s| had|'d) already (?:\w+ ){0,2}?(?:served|worked|done|held|run|led"
        r"|managed|had)\b"
        r"|\bnever (?:\w+ )?(?:supervised|managed|led|line[- ]managed) (?:anyone|anybody|a team"
        r"|people|staff)\b|\bwhich (?:she|he|they|you|i) (?:doesn't|don't|does not"
        r"|do not) (?:yet )?"
        r"have\b|\bother cand(?:idate)?s? (?:was |is |were )?already\b"
        r"|\b(?:has|have|had)(?: never|n't ever|n't yet| not yet| never yet) (?:\w+ )?(?:run"
        r"|managed"
        r"|led|owned|held|supervised|line[- ]managed|worked (?:in|at|on|with)|sold into)\b"
        r"|(?<!after )(?<!leaving )\b(?:only|just) (?:been |had )?(?:\w+ing )?(?:for )?(?:\d+|one"
        r"|two"
        r"|three|four|five|six|eighteen)"
        r" (?:months?|yrs?|years?)\b(?! ago)"
        r"|\b(?:would|could|might|happy to) (?:\w+ ){0,2}consider (?:\w+ ){0,2}(?:for|at) (?:a "
        r"|the )?"
        r"(?:more )?(?:junior|mid[- ]level|lower|associate|entry[- ]level)\b|\bno hire at (?:senior"
        r"|lead|principal|staff|manager)\b|\bdown-?level\w*|\bnot (?:yet )?(?:at"
        r"|ready for) (?:the )?"
        r"(?:senior|lead|principal|staff|manager|management) level\b"
        r"|\b(?:lack(?:ed|s|ing)?|limited|insufficient|not enough|little|no) (?:relevant |direct |"
        r"hands-on |prior |industry )?(?:experience|background|exposure|track record)\b"
        r"|\bmore (?:\w+ ){0,3}?(?:experience|years|exposure)\b|\b(?:stronger|more relevant|"
        r"closer) (?:backgrounds?|experience|track records?)\b|\bexperience (?:that |which )?"
        r"(?:more closely|better|closely) match\w*|\bgap in (?:your |his |her )?(?:experience|"
        r"background|cv)\b|\bat least (?:\d{1,3}|one|two|three|four|five|six|seven|eight"
        r"|ten) years\b"
        r"|\bmore senior role\b|\b(?:get|be|become) bored\b|\benough challenge\b|\bnever managed\b"
        r"|\bmove on (?:quickly|within)\b|\b(?:has|have|had) only (?:ever )?(?:worked|managed"
        r"|led)\b"
        r"|\bonly ever worked\b|\b(?:worked|working) (?:mainly|mostly|only|largely) in\b",
        "",
        rf"\bexperience{_NOT_THEIRS}[ds]?\b|\bbackgrounds\b|\bbackground in\b"
        r"|\byears(?<!after years) (?:of|in)\b|(?<!last )(?<!past )\b\d{1,3} years\b|\bseniority\b"
        r"|\btrack record\b|\bexposure\b|\bsector\b|\bindustry\b|\btranslate to\b|\bworked in a "
        r"similar\b|\bup to speed\b|\b(?:done|run) (?:the|this|that|a similar) (?:job"
        r"|role) before\b"
        r"|\bcurrent level\b|\blevel of seniority\b|(?<!\bat )\b(?:director|manager|head|senior"
        r"|executive)[- ](?:level|"
        r"position|role)\b",
    ),
    "language_or_location": (
        r"(?:unable|not able|can't|cannot|won't|don't|n't) (?:to )?sponsor\b|\bvisa sponsorship\b"
        r"|\bnot in the country\b|\bnative[- ](?:level|speaker|fluency)\b"
        r"|\b(?:doesn't|does not|don't|do not|can't|cannot) drive\b|\bno car\b|\bnon-driver\b"
        r"|\b(?:polish|german|french|spanish|welsh|dutch|italian|portuguese|arabic|mandarin"
        r"|cantonese|japanese|hindi|urdu|punjabi|swedish|norwegian|danish|russian|turkish|greek"
        r"|romanian|korean) is (?:zero|basic|limited|non-existent|weak|rusty|poor|b1|a2)\b",
        "",
        r"\blanguage(?<!plain language)(?<!body language)(?<!technical language)"
        r"(?<!simple language)"
        r"(?<!complex language)(?<!everyday language)\b|\bfluen\w*|\b(?<!plain )(?:english"
        r"|french|german"
        r"|spanish|italian"
        r"|dutch|mandarin|"
        r"cantonese|japanese|portuguese|arabic|polish|hindi|welsh)\b|\bvisas?\b"
        r"|\b(?<!the )(?<!project )(?<!a )(?<!client )(?<!executive )(?<!business )sponsor\w*"
        r"|\bwork(?:ing)? permit\b|\bright to work\b|\brelocat\w*|\bbased in\b|\blocation\b"
        r"|\bcommut\w*|\bon[- ]site\b(?! (?:manager|team|issues?|problems?|visits?))(?!,)"
        r"|\bthe (?!front |back |middle |head |home |design |main |site )\w+ office\b"
        r"|\bdays a week\b"
        r"|\btime ?zones?\b"
        r"|\bremote(?:ly)?\b",
    ),
    "external_factor": (
        r"\binternal (?:candidate|applicant|hire|promotion|colleague|person|appointment"
        r"|team member)\b|\bsomeone internal\b"
        r"|\b(?:filled|referred|promoted|hired|appointed|recruited) internally\b"
        r"|\b(?:role|job|post|position|vacancy|offer|it) (?:has |had |was |is )?(?:now )?(?:gone"
        r"|went|been offered|been given|offered|given) to (?:one of )?(?:an? |the |their |our |his "
        r"|her )?(?:existing|current) (?:\w+ )?(?:team|staff|employee|colleague|member|contractor"
        r"|temp|deputy|post-?holder)|\bhiring (?:freeze|pause)\b"
        r"|\b(?:recruitment|headcount|budget) freeze\b|\bon (?:hold|pause)\b(?<!put them on hold)"
        r"(?<!put him on hold)(?<!put her on hold)"
        r"(?<!put you on hold)|\b(?:role|position"
        r"|vacancy|post|job|seat|"
        r"budget|headcount|requisition|req)\b[^.;]{0,40}?\b(?:(?:has|have|had|was|were|is|been|now"
        r"|got)"
        r" (?:now |been |also )?(?:filled|withdrawn|cancelled|closed|frozen|paused|cut|pulled)|no "
        r"longer (?:open|available|needed|exists))\b|\b(?:budget|headcount|"
        r"funding)\w* (?:\w+ ){0,3}?(?:changes?|constraints?|reduced|freeze)\b"
        r"|(?<!through the )(?<!after the )(?<!since the )(?<!during the )\brestructur\w*"
        r"|\b(?:an|the|recent|pending|ongoing) acquisition\b|(?<!our )(?<!recent )\bmerger\b"
        r"|\bno longer (?:able to )?(?:hir|recruit)\w*|\bscope of the role\b"
        r"|\bre-?advertis\w*|\bstronger (?:candidate|applicant)s?\b|\bstart immediately\b"
        r"|\bnotice period\b|\bfill the (?:seat|role|position)\b|\b(?:aren't|not|stopped) hiring\b"
        r"|\balready worked with the team\b|\b(?:been |already )(?:contracting|temping|freelancing"
        r"|consulting|seconded) (?:with|for|in|into) (?:the|our|their) team\b|\bdown to timing\b"
        r"|\bchange of heart\b|\bfrom within\b"
        r"|\b(?:pause[sd]?|pausing|halt\w*|suspend\w*) (?:the |all |our )?(?:hire|hiring"
        r"|recruitment|"
        r"recruiting|process|search)\b|\b(?:role|position|vacancy|job|hire"
        r"|recruitment)\b[^.;]{0,30}"
        r"(?:won't|will not|isn't|is not|not) (?:be )?(?:going ahead|proceeding|going forward)\b",
        "",
        "",
    ),
    "culture_fit": (
        r"(?:n't|\bnot) (?:\w+ ){0,3}?(?:cultural |culture )?fit\b|\b(?:better|stronger|closer) "
        r"(?:cultural |culture |overall )?fit\b|\babout fit\b|(?:n't|\bnot) aligned with (?:our|"
        r"the) values\b|\bcultur(?:e|al) fit\b|(?:n't|\bnot) (?:\w+ ){0,4}?(?:right|good) match\b"
        r"|\bmatch culturally\b|\bcultural(?:ly)? (?:match|alignment|misalignment)\b",
        "",
        r"\bfit\b(?!-)|\bcultur(?:e|al)\b|(?<!-)\bvalues\b|\bgel(?:led)?\b|\bclick(?:ed)? with\b|\b"
        r"(?:team"
        r"|group) "
        r"dynamics?\b",
    ),
    "salary_expectations": (
        r"\bsalary (?:ask|expectations?) (?:was|were|is) (?:too |well |a little |a bit )?(?:high|"
        r"above|outside|higher|beyond)",
        "",
        r"\bsalary\b|\b(?:my|your|his|her|their) (?:number|figure)\b|\bthe (?:number|figure) (?:you"
        r"|he|she|they|i) (?:mentioned|gave|quoted|asked for|wanted|named)\b"
        r"|\b(?:pay|comp|compensation|remuneration|package|rate) (?:expectations|ask|"
        r"requirements?)\b|\bwhat you're asking\b|\b(?:salary |pay )?band\b(?! \d)(?<!this band)"
        r"(?<!that band)"
        r"|\bmoney\b(?<!make money)"
        r"(?<!making money)|\bpay\b"
        r"|\bpackage\b"
        r"|\b(?:above|beyond|over|outside) (?:the |their |our )?budget\b|\bbudgeted\b",
    ),
}


# Broader cues, by category of language rather than by sentence: each entry adds to the
# (weak, soft, topic) patterns above.
_WHO = r"(?:you|he|she|they|i|we)"
_FILLER = (
    r"(?:basically|to be honest|honestly|you know|kind of|sort of|um+|erm|uh|like|literally"
    r"|i think|i guess|maybe|just|only|actually)"
)
_SELF = r"(?:yourself|himself|herself|themselves|myself)"
_EXTRA: dict[str, tuple[str, str, str]] = {
    "answer_structure": (
        r"\btangled\b|\bmuddled\b|\bhard to tell where\b|\bbefore the (?:recommendation|answer"
        r"|point|conclusion|headline)\b|\b(?:the )?answer first\b|\bshould have led with\b"
        r"|\btook (?:forever|ages|a while|too long) to get to\b|\bwhere (?:you|he|she|they) (?:were"
        r"|was) going\b|\b(?:struggled|struggle|struggling) to follow\b|\bjump(?:ed|ing|s)? to "
        r"another\b|\b(?:situation|background|context"
        r"|set-?up|preamble)\b[^.;]{0,15}\bfor ages\b|\b(?:seconds|minutes|mins) of (?:background"
        r"|context|preamble|set-?up|scene-setting)\b|\bheadline first\b|\b(?:insight|point|answer"
        r"|result|recommendation|conclusion) (?:only )?(?:arrived|came|landed) (?:around|at|after"
        r"|in)"
        r" (?:minute|the last|the very end)\b",
        "",
        "",
    ),
    "answer_relevance": (
        r"\b(?:gave|talked|spoke|went on|answered) (?:\w+ ){0,4}?(?:about|on) [^.;]{1,60}?\bwhen "
        r"(?:i |we |they |he |she )?(?:was |were )?asked (?:about|for|how|why|what)\b"
        r"|\b(?:had to )?(?:redirect|steer|bring|pull) (?:you|him|her|them) back\b|\bredirected\b"
        r"|\bside-?stepp?\w*|\b(?:skirt|dodg|sidestep|side-step|evad|duck)\w* (?:around |round )?"
        r"(?:the |my |our |a |that )?(?:question|issue|point)\b",
        "",
        "",
    ),
    "conciseness": (
        r"\b(?:minutes?|mins) long\b|\b(?:a )?minimum of (?:\w+ )?minutes\b|\b(?:switch|switched"
        r"|switching|zoned?|zoning) (?:off|out)\b|\bon the (?:long|short) side\b|\bwent on and on\b"
        r"|\blonger than (?:needed|necessary|it needed)\b|\bget (?:it|them|each) (?:down )?under\b",
        "",
        "",
    ),
    "confidence": (
        r"\b(?:spoke|speak|speaking|talk\w*|answered|voice)\b[^.;]{0,20}?\b(?:softly|quietly"
        r"|quiet)\b"
        rf"|\brepeat {_SELF}\b|\btrail(?:ed|ing|s)? off\b|\bnervy\b|\bjittery\b|\bmeek\b"
        r"|\b(?:sound|sounded|sounds|seem|seemed|seems|look|looked|came across as|come across as|"
        r"comes across as|appear\w*) (?:\w+ ){0,2}?(?:unsure|uncertain|apologetic|nervy)\b"
        r"(?! (?:about|of|on|with|how|what|whether|when)\b)"
        r"|\bapologetic\b|['\"](?:i might be wrong|i could be wrong|i'm no expert|i'm not sure"
        r"|i may be wrong)"
        # a quote of fillers only: 'like', 'i think, maybe' (not "'just pass it to HR'")
        rf"|['\"]{_FILLER}(?:[ ,]+{_FILLER})*(?:['\"]|,)",
        "",
        "",
    ),
    "attitude_professionalism": (
        r"\b(?:arrived|turned up|came in|showed up|joined|logged on)\b (?:\w+ ){0,4}?(?:late|after "
        r"the start)\b|\b(?:minutes|mins|min) late\b|\barrive\w* (?:\w+ ){0,3}late\b"
        r"|\bwithout (?:an |any )?apolog\w*|\bno apology\b"
        r"|(?:didn't|did not|\bnever|\bwithout) (?:even )?(?:say|said|saying) sorry\b|\b(?:checked"
        r"|checking|check|looked"
        r" at|looking at|answered|took out) (?:\w+ )?(?:phone|mobile)\b|\bphone (?:went off"
        r"|rang)\b",
        "",
        "",
    ),
    "company_research": (
        r"\b(?:about|for|to|of) any (?:other )?(?:company|employer|organi[sz]ation|firm|business|"
        r"bank|charity|agency|brand)\b",
        "",
        r"\bwhy (?:this|our|the) (?:\w+ )?(?:organi[sz]ation|company|firm|business|charity|bank|"
        r"agency|employer|school|trust|council|brand)\b|\bwhy us\b|\bcurious about (?:us|ours)\b",
    ),
    "technical_depth": (
        r"\b(?:weak|shaky|poor|limited|shallow|superficial|thin|loose|patchy) (?:\w+ )?(?:grasp|"
        r"understanding)\b|\b(?:didn't|did not|don't|doesn't) (?:really )?(?:know|understand) the "
        r"(?:basics|fundamentals)\b",
        "",
        r"\bthe basics\b|\bgrasp\b|\bhow (?:\w+ ){1,3}(?:works|work(?=\s*(?:[.,;:?!)]|$))|affects?"
        r"|behaves?|renders?|scales?)"
        r"\b|\bunder the hood\b",
    ),
    "presentation_prep": (
        r"\b(?:slides?|deck|presentation|case study)\b[^.;]{0,30}?\b(?:thrown|cobbled|rushed) "
        r"together\b|\b(?:thrown|cobbled|rushed) together\b[^.;]{0,30}?\b(?:slides?|deck|"
        r"presentation)\b",
        "",
        "",
    ),
    "questions_for_interviewer": (
        r"(?:n't|\bnot|\bnever) (?:really )?(?:probe|probed|enquire|enquired|inquire|inquired)\b"
        r"|(?:n't|\bnot|\bnever) (?:put|pose|posed) (?:any|a single|many) questions?\b"
        r"|\bno questions\b(?! (?:about|on|over|that)\b)|\bno q'?s\b|\bnone asked\b"
        r"|\bnot (?:a single|one) question\b",
        "",
        "",
    ),
    "leadership": (
        rf"\bdo(?:es|ing)? (?:the work|everything|it all) {_SELF}\b|\bfix(?:es|ing)? (?:their|the"
        r"ir) work\b",
        "",
        r"(?<!my )(?<!your )(?<!a )(?<!the )(?<!significant )(?<!need )(?<!needs )\bcoach(?:ing|es"
        r"|ed)?\b"
        r"|\b(?:develop\w*|grow\w*"
        r"|support\w*|train\w*|bring\w* on) (?:the |"
        r"his |her |their |your |two |three |new |junior |a |an )*(?:new starters?|juniors?"
        r"|analysts|"
        r"graduates|team members|reports|new hires|trainees|apprentices|newly qualified \w+"
        r"|new(?:er)? (?:staff|nurses?|joiners?|recruits?|colleagues?))\b|\bhand\w* (?:\w+ ){0,3}"
        r"(?:over )?to (?:the |his |her |your )?(?:juniors|team|others|reports)\b",
    ),
    "conflict_resolution": (
        "",
        "",
        r"\barguments?\b|\barguing (?:with|between|over|about)\b|\bf[ae]ll(?:ing)? out\b"
        r"|\bfall-?outs?\b|\bsquabbl\w*"
        r"|\bbicker\w*|\bat loggerheads\b|\bdifficult (?:colleague|co-worker|team member)s?\b"
        r"|\b(?:get|got|getting|reach|reached|reaching|came|come) (?:to )?(?:an )?"
        r"agreement\b|\bcommon ground\b|\bcompromise\w*",
    ),
    "problem_solving": (
        r"\bwithout (?:showing|explaining) (?:your|his|her|their) (?:working|reasoning|logic|"
        r"thinking)\b",
        "",
        r"\breasoning\b|\bshow(?:ing)? (?:your|his|her|their) working\b|\b(?:lay|laid|laying) out "
        r"(?:your|his|her|their|the) assumptions\b|\b(?:size|sizing|structure|structuring|frame|"
        r"framing|scope|scoping) (?:\w+ ){0,3}?(?:problem|estimate|question|migration|market)\b"
        r"|\bmarket sizing\b|\bbreak (?:\w+ ){0,3}down\b",
    ),
    "stakeholder_management": (
        r"\bwider (?:business|organi[sz]ation|company)\b[^.;]{0,40}?(?:n't|\bnot) (?:\w+ )?(?:know"
        r"|aware|informed|told|hear)\w*",
        "",
        r"\bwider (?:business|organi[sz]ation|company)\b|\b(?:keep|kept|keeping|keeps) "
        r"(?!customers|clients|users)(?:\w+ ){0,3}"
        r"(?:updated|briefed|posted)\b|\bfound out (?:about )?[^.;]{0,30}?from someone else\b",
    ),
    "ownership": (
        "",
        "",
        r"\bescalat(?:e|es|ed|ing) (?:them|it|things|issues|problems|everything)\b|\bown (?:the|it"
        r"|his|her|their|your) (?!ways?\b)\w+",
    ),
    "learning_from_failure": (
        rf"\bwhat {_WHO}(?:'d| would) (?:take|do differently)\b[^.;]{{0,20}}?",
        "",
        r"\btake (?:away )?from it\b|\btakeaways?\b|\b(?:put|pinned|laid) (?:it all|all of it|the "
        r"blame|everything) on\b",
    ),
    "customer_focus": (
        "",
        "",
        r"\bpeople (?:[\w']+ ){0,2}?(?:us(?:e|ing)|rel(?:y|ied|ying) on)\b"
        r"|\b(?:(?<!more )(?<!be )(?<!very )(?<!less )patients?(?! with)"
        r"|residents|"
        r"passengers|members of the public|service users)\b|\buser experience\b",
    ),
    "adaptability": (
        r"\b(?:let go of|letting go of|move on from|moving on from) (?:the |your |his "
        r"|her )?(?:old|"
        r"previous|former|existing|legacy)\b|\b(?:kept|keeps|keep|keeping) (?:\w+ ){0,2}?(?:going "
        r"back to|using|reverting to|falling back on) (?:the |your |his |her |their )?(?:old"
        r"|previous"
        r"|former|legacy)\b|\b(?:previous|old|former) (?:[\w']+ )?way(?:s)? of doing things\b"
        r"|\bwork(?:ed|ing|s)? around (?:it|the change|the new)\b|\barguing against the new\b",
        "",
        "",
    ),
    "experience_gap": (
        r"\b(?:\d{1,3}|one|two|three|four|five|six|a few|a couple of) (?:more )?years (?:short"
        r"|shy)\b"
        r"|\b(?:already|previously) (?:done|run|held|worked in|delivered|led) (?:\w+ ){0,3}?(?:same"
        r"|exact|identical|almost identical|similar|equivalent) (?:\w+ )?(?:job|role|programme|"
        r"project|position|work)\b|\bhit the ground running\b|\b(?:once|until|when) (?:you're|you "
        r"are|he's|she's|i'm|you've|i am) (?:fully )?(?:qualified|certified|chartered|licensed)\b"
        r"|\b(?:part[- ]way|halfway) through (?:your |his |her |my )?(?:exams|qualification|"
        r"training|degree|course)\b|\bsector (?:experience|knowledge)\b|\bknew (?:our|the) "
        r"(?:sector|industry|market) inside out\b",
        "",
        r"(?<!newly )\bqualifi\w*|\bcertifi\w*|\bchartered\b|\blicen[cs]\w*|\bdegree\b"
        r"|\baccredit\w*"
        r"|\bmore senior\b",
    ),
    "external_factor": (
        r"\b(?:has|have|had|'s|is|are) (?:just |now |recently )?been (?:acquired|bought (?:out"
        r"|up|by))\b"
        r"|\b(?:being|getting) (?:acquired|bought (?:out|up))\b"
        r"|\b(?:roles?|positions?|vacanc(?:y|ies)|posts?|jobs?|hiring|headcount|requisitions?"
        r"|interviews)\b[^.;]{0,40}?\b(?:under review|on ice|withdrawn|frozen|scrapped|pulled)\b"
        r"|\b(?:keep|kept|keeping|do|doing|handle|handled|bring|brought|fill|filled|filling) "
        r"(?:\w+ ){0,3}in-house\b|\bbudget (?:cuts?|was cut|has been cut|reductions?)\b"
        r"|\b(?:had|has)"
        r" (?:its|their|our) budget cut\b|\b(?:been|who's|who is|who was|currently|already) "
        r"(?:\w+ ){0,2}?(?:covering|temping|acting up|filling in)\b|\b(?:move|moving"
        r"|moved) someone "
        r"across\b|\b(?:pause[sd]?|pausing) (?:the |all |our )?interviews\b",
        "",
        "",
    ),
    "salary_expectations": ("", "", r"\b(?:day|hourly|daily) rate\b"),
}
# Kinds of language rather than sentences: comparisons, scorecard shorthand, "went straight
# to", "never been", "hadn't looked at", shared by many writers and voices.
_KINDS: dict[str, tuple[str, str, str]] = {
    "answer_relevance": (
        r"\b(?:without|w/o|before) (?:first )?(?:asking (?:about|what|how|whether|any|for|who|why"
        r"|which|where|when|a "
        r"clarifying|clarifying)|clarifying|confirming (?:the|what))\b"
        r"|\b(?:answered|answering|answer) the question (?:you|he|she|they|i)(?:'d"
        r"| had)? (?:wanted|would have "
        r"liked|hoped|expected|had prepared|prepared)\b|\bnot the (?:one|question) (?:i|we|they|he"
        r"|she) (?:actually )?(?:asked|posed|put)\b"
        r"|\bwander\w* (?:off|from|away from) (?:the )?(?:question|topic|point)\b"
        r"|\basked (?:about|how|why|what|for)\b[^.;]{1,80}?\band (?:\w+ ){0,2}?(?:spent|talked"
        r"|focused|went on)\b",
        "",
        "",
    ),
    "confidence": (
        r"\b(?:lots of|a lot of|many|too many|constant|so many|full of) (?:'|\")?(?:ums?|uhs?|ers|"
        r"erms?|ahs?|likes|you knows?)\b"
        rf"|\b(?:lots of|a lot of|too many|constant|so many|full of) ['\"]{_FILLER}['\"]"
        rf"|\bum ?/ ?uh\b|\bums\b|\berms\b|\buhs\b"
        r"|\bspeak(?:ing)? up more\b|\bmore vocal\b|\b(?:rarely|seldom|never) (?:offers?"
        r"|volunteers?"
        r"|speaks? up|puts? (?:himself|herself|themselves|yourself) forward)\b"
        r"|\bown(?:ing)? (?:your|my|his|her|their) (?:achievements|successes|wins|work)\b"
        r"|\b(?:hands?|voice|legs) (?:\w+ )?(?:shaking|shook|shaky)\b|\bshaky voice\b"
        r"|\btoo sure of (?:yourself|himself|herself|themselves)\b|\bshy\b|\bself-conscious\b"
        r"|\bstammer\w*|\bstutter\w*|\bsecond-guess\w*|\binflated\b|\bover-?claim\w*",
        "",
        "",
    ),
    "company_research": (
        r"(?:n't|\bnot|\bnever) (?:\w+ ){0,2}?(?:looked at|look at|read up on|read|checked"
        r"|researched"
        r"|look into|looked into) (?:their|the company's|our|the) (?:\w+ ){0,2}(?:product|products|"
        r"website|site|funding|news|results|annual report|strategy|app|services|clients)\b",
        "",
        r"\bcompany (?:knowledge|research|awareness)\b|\b(?:knowledge|understanding) of (?:the "
        r"|our "
        r"|their )?(?:company|business|product|firm)\b|\bfunding round\b"
        r"|\bwhat we do\b|\bwho we are\b"
        r"|\b(?:the|our|this) market\b(?![- ]siz)|\bwhere the (?:market|industry|sector) is\b",
    ),
    "role_motivation": (
        "",
        "",
        r"\b(?:actually |really |genuinely )?want(?:ed|s)? (?:the|this) (?:job|role|position)\b"
        r"|\bwhy (?:leaving|moving|applying|left|leave|apply)\b"
        r"|\bwhat (?:drew|draws|attracted|attracts|brought|brings) (?:you|him|her|them)\b"
        r"|\bwhy (?:you|he|she|they) applied\b|\b(?:long-term|career) (?:goals|ambitions"
        r"|aspirations)\b|\bwhere (?:you|he|she|they) (?:see|want to be)\b|\bin five years\b"
        r"|\bwhy now\b",
    ),
    "technical_depth": (
        "",
        r"\b(?:couldn't|could not|unable to|struggled to|failed to) (?:explain|answer|describe)\b"
        r"[^.;]{0,60}\bwhen (?:pushed|probed|pressed|challenged|we (?:dug|went) (?:deeper|further))"
        r"|\b(?:knowledge|understanding|grasp|command) of [^.;]{1,40}?\b(?:was|is|seemed"
        r"|looked) (?:a bit |quite |rather |very |pretty |a little )?(?:patchy|weak|shaky|limited"
        r"|thin|basic|rusty|superficial|hazy|poor|lacking)\b"
        # a gap in what the person knows, about a subject named in no other tag's words:
        # "struggled when asked about vibration analysis", "blanked on grouping factors",
        # "couldn't answer the calibration question", "grading knowledge limited"
        r"|\b(?:struggled|stumbled|floundered|wobbled|faltered|came unstuck|got stuck)"
        r" (?:a bit |a little |badly )?(?:when|once|as soon as) (?:\w+ ){0,2}?(?:asked|pushed"
        r"|probed|pressed|quizzed|questioned) (?:about|on)\b|\bblanked on\b"
        r"|\b(?:couldn't|could not|unable to|wasn't able to) (?:fully )?answer\b"
        r"|\b(?:unsure|hazy|sketchy|iffy) (?:on|about) (?!(?:why|what|whether|if|how)\b)"
        r"|\b(?:knowledge|know-how|skills) (?:was |were |is |are |seemed |felt |looked )?"
        r"(?:a bit |quite |rather |fairly |very |pretty |a little )?(?:limited|weak|thin|patchy"
        r"|shaky|basic|superficial|lacking|rusty)\b"
        # "couldn't remember the standards", "stuff I'd never heard of", "didn't really know
        # where to start", "no awareness of the guidance"
        r"|\b(?:couldn't|could not|can't|cannot|didn't|did not) (?:even )?(?:remember|recall)"
        r" (?:the|a single|any|one|which|what|how)\b"
        r"(?! (?:of )?(?:our|their|your|its)\b| (?:exact )?(?:numbers|figures|metrics|results?"
        r"|outcomes?)\b)|\b(?:never|not) (?:even )?heard of\b"
        r"|\b(?:didn't|did not|doesn't|does not) (?:really )?know where to (?:start|begin)\b"
        r"|\bno (?:real )?awareness of\b"
        # a knowledge question left unanswered, where nothing more specific is named (soft,
        # so it gives way to the competency or company it is about): "couldn't explain
        # useEffect cleanup", "couldn't talk us through an evacuation procedure"
        r"|\b(?:couldn't|could not|wasn't able to|unable to) (?:really |fully )?(?:explain"
        r"|talk (?:us |me )?through|walk (?:us |me )?through|discuss)\b(?![^.;]{0,80}?"
        r"(?:\bplain|\bsimpl|non-?tech|\blay\b|\bto (?:me|us|the|a|an|our|his|her|their|non)"
        r"\b|\bhow (?:she|he|they|you|i)(?:'d| would)\b))",
        r"\bsys(?:tems?)? design\b|\banalytics\b"
        r"|\btech(?:nical)?(?: skills| depth| ability| knowledge)? ?[:\-] "
        r"|\bexcel\b|\bcoding\b|\bmodell?ing\b",
    ),
    "presentation_prep": ("", "", r"\btake[- ]home\b|\breadme\b"),
    "teamwork": (
        r"\bprefer\w* (?:to work|working) (?:alone|on (?:his|her|their|my|your) own|solo)\b"
        r"|\bkeeps? (?:\w+ ){0,2}to (?:himself|herself|themselves|yourself)\b|\bin a silo\b"
        r"|\bsiloed\b",
        "",
        r"\b(?:partner(?:s|ing|ed)?|work(?:s|ed|ing)?"
        r"|collaborat\w*) (?:closely )?with (?:the )?(?:analysts|engineers|designers|developers"
        r"|peers|engineering|"
        r"design|product|sales|marketing|finance|ops|operations|other teams|\w+ teams)\b"
        r"|\b(?:work|working|worked|works) (?:very |really )?(?:closely )?(?:in|as part of|within"
        r"|as) (?:a|one|the) team\b|\bworking together\b"
        r"|\bshar(?:e|ing) (?:\w+ ){0,2}with (?:the|his|her|their|your) team\b",
    ),
    "conflict_resolution": (
        r"\bshi(?:es|ed|y) away from (?:\w+ ){0,2}(?:conflict|confrontation|difficult|disagreement"
        r"|tough)\w*|\bavoid\w* (?:conflict|confrontation|difficult conversations"
        r"|disagreements?)\b|\bunder the (?:carpet|rug)\b|\blet (?:it|things|issues) fester\b",
        "",
        r"\bconflict resolution\b",
    ),
    "problem_solving": (
        r"\b(?:went|go|going|goes|jumped|jumps|dived|dove|leapt|skipped) (?:straight|directly"
        r"|right) "
        r"(?:to|into) (?:(?:a |an |the )?(?:solution|answer|conclusion|fix|tooling"
        r"|implementation)\b|')"
        r"|\bgave up\b[^.;]{0,25}\b(?:quickly|easily|too soon|early)\b",
        r"\b(?:needed|required|took|needing) (?:a lot of |lots of |several |many |a few "
        r"|some )?(?:hints|nudges|nudging|steering)\b",
        r"\bprioriti[sz]ation (?:scenario|exercise|question|task|case|problem)\b"
        r"|\bbroke (?:\w+ ){0,3}down\b|\bconsider(?:ed|ing)? (?:any )?alternatives\b"
        r"|\bpuzzles?\b"
        r"|\bdecisive\w*|\bdecision[- ]making\b|\bjudge?ment calls?\b",
    ),
    "stakeholder_management": (
        r"\bover-?promis\w*|\bwalk(?:ed)? it back\b",
        "",
        r"\bmanag\w* (?:\w+ )?stakeholders\b|\bstakeholder (?:mgmt|management)\b",
    ),
    "adaptability": (
        r"\b(?:kept|keeps|keep|keeping) (?:\w+ ){0,3}?(?:go(?:ing)? back|revert\w*|return\w*"
        r"|stick\w*|cling\w*|fall\w* back) (?:to|on|with) (?:the |your |his |her |their |my )?"
        r"(?:old|previous|former|legacy|original|first|initial)\b",
        "",
        r"\bchang\w* (?:the )?(?:constraints|goalposts|brief|requirements|scope|plan)\b"
        r"|\b(?:brief|requirements|constraints|scope|plan|priorities|goalposts) (?:changed|shifted"
        r"|moved)\b"
        r"|\b(?:plans?|things|priorities|requirements|scope|direction|everything|it all)"
        r" (?:change|changes|changed"
        r"|shift\w*|mov(?:e|es|ed|ing)|keep (?:moving|changing|shifting))\b"
        r"|\b(?:chang\w*|shift\w*|mov\w*|requests?) (?:\w+ ){0,3}at short notice\b"
        r"|\blast[- ]minute changes?\b",
    ),
    "experience_gap": (
        # "a step too far right now", "only supervised one intern"
        r"\ba (?:step|stretch|jump|leap) too far\b|\bonly (?:ever )?(?:supervised|managed|led"
        r"|line[- ]managed|run) (?:a |one |two |three |\d+ )"
        r"|\b(?:someone|somebody|a candidate|a person|people) (?:who|that)(?: has| had| have|'d|'s"
        r"|'ve) "
        r"(?:already |previously |actually )?(?:run|done|led|managed|held|worked|built|delivered"
        r"|scaled|grown|launched|taken|set up|shipped"
        r"|owned)\b|\b(?:another|one more|a few more|a couple more|\d{1,3} more) years? (?:in|of|as"
        r"|at)\b"
        r"|\b(?:has|have|had|'s|'ve) (?:never|not) (?:\w+ )?(?:been|worked) (?:client|customer)"
        r"[- ]facing\b"
        r"|\b(?:someone|somebody|another candidate|a candidate)\b(?! internal"
        r"| from within)[^.;]{0,40}?\b(?:who|that) (?:already|previously) (?:knows?|knew|has|had"
        r"|worked|understands?)\b",
        "",
        r"\b(?:security|sc|dv|government|vetting) clearance\b",
    ),
    "external_factor": (
        r"\b(?:offered|given|awarded) (?:the |this )?(?:role|job|position|post|it) to (?:another|"
        r"a different|the other|an internal)\b|\bsecond choice\b|\brunner[- ]up\b"
        r"|\b(?:appointed|selected|chose|chosen|picked|hired) (?:\w+ ){0,3}?(?:another|a different"
        r"|the other) (?:candidate|applicant|person)\b|\bfreeze on (?:all )?(?:new )?(?:hiring|"
        r"headcount|recruitment|roles|hires)\b|\b(?<!be )(?<!'re )(?<!are )(?:extremely|very|highly"
        r"|incredibly|really) competitive\b|\bstrong field\b"
        r"|\bwith (?:another|a different) (?:candidate|applicant|person)\b|\b(?:if|when) we (?:had"
        r"|get|got) (?:the )?budget\b|\b(?:could|can) start (?:straight away|right away|sooner"
        r"|earlier|immediately)\b"
        r"|\bnarrowly\b|\bdown to the wire\b|\bfine margins?\b"
        r"|\bhold(?:ing)? off (?:on )?(?:hiring|recruiting|the hire|making (?:a|any) hires?)\b"
        r"|\bput (?:the )?(?:hire|hiring|role|search|recruitment|vacancy) on (?:hold|ice|pause)\b",
        "",
        "",
    ),
    "language_or_location": (
        "",
        "",
        r"\bconversational\b"
        r"|\blocal(?:ly)?\b|\bdriving licen[cs]e\b",
    ),
    "salary_expectations": (
        r"\b(?:budget|band|range)\b[^.;]{0,40}?\b(?:lower|less) than (?:what )?(?:i|you|he|she"
        r"|they)(?:'d| had| were| was)? ask\w*|\bmore than (?:we|they) (?:can|could) (?:pay|afford"
        r"|offer|stretch to)\b|\bsomeone cheaper\b"
        r"|\bmore than (?:the (?:role|job|position|budget) )?(?:can pay|could pay|will pay"
        r"|can stretch to)\b"
        r"|\bmore than (?:the (?:role|job|position) )?(?:pays|we pay|they pay|we can pay|we (?:can"
        r"|could) afford)\b|\b(?:out of|above|over) (?:our|their|the) (?:budget|range|band)\b"
        r"|\bpriced (?:yourself|himself|herself|themselves) out\b|\btoo expensive\b",
        "",
        r"\bcouldn't stretch\b",
    ),
    "attitude_professionalism": (
        r"\b(?:spoke|speaks|speaking|talked|talking|talks) (?:\w+ )?(?:negatively|badly|poorly"
        r"|disparagingly|critically) (?:about|of)\b|\btalk(?:ed|s|ing)? down to\b"
        r"|\bheated\b|\bprickly\b|\btouchy\b|\bchippy\b|\bknow-it-all\b|\bbristl\w*|\btook (?:it"
        r"|that|the (?:feedback|challenge|criticism)) personally\b|\bpushy\b|\bbrash\b"
        r"|\bflippant\b"
        r"|\bdoubled down\b",
        "",
        "",
    ),
    "conciseness": (
        r"\b(?:talked|talk|talks|talking) (?:way |far |a bit )?too much\b(?! about)"
        r"|\bget a word in\b"
        r"|\bget a word out of\b|\bone-liners?\b"
        r"|\b\d{1,3}\+? ?min(?:ute)?s? (?:monologue|answer|response|intro)\b|\bmonologue\b"
        r"|\btook (?:ages|forever|too long|a long time|a while) to\b|\blost in (?:the )?(?:detail"
        r"|weeds)\b|\bin the weeds\b"
        r"|\b(?:could|should|would|might) have (?:said|shared|elaborated) (?:a (?:bit|little|lot"
        r"|touch) )?more\b(?! (?:about|on|detail|examples?)\b)",
        r"\b(?:one|two|a few|a couple of)(?: or (?:two|three))? (?:lines|sentences)\b",
        "",
    ),
    "leadership": (
        "",
        "",
        r"\b(?:manag(?:e|ing)|lead(?:ing)?) (?:a |the )?(?:team|people|others)\b"
        r"|\bready to (?:lead|manage)\b"
        r"|\bhold (?:\w+ ){0,2}(?:team|people|reports|staff|others) (?:to account|accountable)\b"
        r"|\bperformance[- ]manag\w*",
    ),
    "rapport": (
        r"\b(?:off )?by heart\b|\b(?:sound|sounded|sounds) (?:\w+ ){0,2}?(?:rehearsed|scripted)\b"
        r"|\b(?:seemed|seems|looked|looks|sounded|sounds|came across as|appeared) (?:\w+ )?bored\b"
        r"|\b(?:uninterested|disinterested|indifferent|half-hearted|lukewarm|lacklust(?:re|er)"
        r"|apathetic)\b|\bgoing through the motions\b|\b(?:be|been|rather be) (?:somewhere"
        r"|anywhere) else\b|\b(?:mind|head|thoughts|attention) (?:was |were |seemed )?elsewhere\b"
        r"|\bcheck(?:ed|ing)? (?:his|her|their|your) watch\b"
        r"|\b(?:he|she|they|you) (?:was|were|is|are|can be) (?:\w+ )?hard to read\b|\bclosed off\b",
        "",
        "",
    ),
    "questions_for_interviewer": (
        r"(?:n't|\bnot) (?:have|had) any questions\b(?! (?:about|on|over|that)\b)|\b(?:had|has"
        r"|have) no questions\b(?! (?:about|on|over|that)\b)",
        "",
        r"\banything (?:for (?:me|us|them|him|her|the panel)|to ask|(?:you|he|she)(?:'d)? (?:like"
        r"|want)(?:ed)? to ask)\b",
    ),
    "communication": (
        "",
        "",
        r"\bemails?\b|\bdocumentation\b|\bwrite-?ups?\b|\bhandovers? (?:notes|to|docs)\b"
        r"|\baudiences\b|\bpresenting to\b"
        r"|\bcomms\b",
    ),
    "ownership": (
        r"\bwait(?:s|ed|ing)? (?:to be told|for (?:direction|instructions|permission))\b"
        r"|\bwait(?:s|ed|ing)? for (?:people|others|someone|somebody|them|colleagues) to (?:tell"
        r"|update|chase|flag|ask|raise)\b"
        r"|\bneeds? (?:a lot of )?(?:chasing|hand-holding|reminding)\b"
        # "weren't sure which decisions were yours"
        r"|\bwhich (?:decisions|calls|parts?|bits?|actions) (?:were|was) (?:yours|his|hers|theirs"
        r"|mine)\b",
        # handing a problem on instead of seeing it through: "just forward it to my manager",
        # "passed the issue to another department" (escalating a disagreement is about the
        # conflict; a more specific tag wins)
        r"\b(?:pass(?:ed|es|ing)?|hand(?:ed|s|ing)?|forward(?:ed|s|ing)?)"
        r" (?:it |that |them |the (?:\w+ )?(?:issue|problem|ticket|query|complaint|case) )?"
        r"(?:straight |just |back |up |on |over )?(?:on |up |back |over )?to (?:my|his|her|their"
        r"|your|a|the|another) (?:line )?(?:manager|boss|supervisor|department|team lead"
        r"|colleague|senior|someone else)\b",
        # "your own role in the outcomes", "his own part in it"
        r"\b(?:your|his|her|their|my) own (?:role|part|contribution|input) in\b",
    ),
    "learning_from_failure": (
        "",
        "",
        r"\blook(?:ing)? back (?:at|on)\b|\bretrospective\b|\bself-reflection\b|\bwhat (?:he|she"
        r"|you|they|i) (?:would|could) (?:have )?(?:done|do) differently\b"
        r"|\b(?:what|anything|something) (?:[\w']+ ){0,3}?(?:done|do) differently\b",
    ),
    "culture_fit": (
        r"\bput (?:our|my|their|his|her|a) finger on\b|\b(?:didn't|did not|never) (?:quite "
        r"|really )?click\b|\bgut feel\w*|\b(?:didn't|did not) (?:\w+ )?feel (?:it )?(?:quite "
        r"|really )?"
        r"click(?:ed)?\b|\b(?:didn't|did not|doesn't) (?:quite |really )?feel right\b"
        r"|\bfit (?:in )?with the (?:lads|team|crew|guys|girls|others)\b"
        r"|(?:n't|\bnot) (?:quite |really )?what (?:they|we|the (?:hiring manager|client|team|panel"
        r"|business)) (?:had in mind|were looking for|was looking for"
        r"|are looking for|want)\b",
        "",
        "",
    ),
    "specific_examples": (
        r"\btoo (?:academic|theoretical|abstract|conceptual)\b|\bnot (?:practical|concrete"
        r"|specific|tangible) enough\b",
        "",
        "",
    ),
}
# The broad topic lexicon: word families that name each area, in many writers' words.
# A topic counts only in a clause that is also critical (see `feedback.DEFICIT`), so
# these can be generous: "lacked a clear thread", "light on numbers", "low energy".
_POSS = r"(?:his|her|their|your|my|the|our)"
_TOPICS: dict[str, str] = {
    "answer_structure": (
        r"\b(?:clear|narrative|common|single|one) thread\b|\bflow\b|\bcoheren\w*|\bnarrative\b"
        r"|\bpreamble\b|\bbackstory\b"
        r"|\bside (?:stories|story|tracks?|points?)\b|\borgani[sz]ed\b|\bsignpost\w*"
        r"|\b(?:laid|lay|laying) out (?:\w+ )?answers?\b|\bfollow (?:her|his|their|your) answers?\b"
        r"|\b(?:the|your|his|her|their) (?:main |key |actual |real )?point\b(?! of (?:\w+|view))"
        r"|\bscattered\b"
        r"|\bbeginning, middle\b|\bstructure(?=\s?(?:[:=-]\s|[✗✘❌]))"
        r"|\bsituation[- ]task\b|\bwhere (?:\w+ )?answers? (?:was|were) going\b"
        r"|\bto the point\b(?! of\b)"
    ),
    "answer_relevance": (
        r"\brelevance(?=\s?[:=-]\s)|\bwhat (?:we|i|they|the panel|the interviewer) (?:meant"
        r"|wanted to know|were after"
        r"|was after|were getting at|was getting at)\b|\bwhat the question was\b"
        r"|\b(?:on|off) (?:the )?(?:topic|point)\b|\bthe question (?:itself|we asked|i asked)\b"
        r"|\bquestion (?:was|were) (?:really )?(?:getting|driving) at\b|\bveer\w*|\bsidetrack\w*"
    ),
    "specific_examples": (
        r"\babstract\b|\breal (?:cases?|examples?|situations?)\b|\btangible\b|\bmetrics?\b"
        r"|\bstats\b|\bfigures?\b|\bbacking (?:\w+ ){0,3}up\b|\bback(?:ed)? (?:it |them "
        r"|this )?up\b"
        r"|\banecdot\w*|\bproof\b|\bwhat (?:actually )?changed\b|\bwhat (?:the )?(?:outcome|result|"
        r"impact)\b|\bspecific(?!ally)\w*|\bclaims?\b|\bbuzzwords?\b|\bgeneralis\w*|\bopinions?\b"
    ),
    "conciseness": (
        r"\b(?:tighter|shorter|briefer|lengthy|crisper|snappier|punchier|leaner)\b"
        r"|\b(?:two|three|one|\d{1,3})[- ]minutes?\b"
        r"(?! (?:after|late|early|before|into|in|later|ago|for (?:your|his|her|their) (?:own )?"
        r"questions|(?:on|of) (?:their|our|the) (?:website|site|research|reading))\b)"
        r"|\bword count\b|\bpadding\b"
        r"|\bdragged\b|\bcut (?:down|back|out)\b"
    ),
    "confidence": (
        r"\bsure of (?:yourself|himself|herself|themselves)\b|\bbelief in\b"
        r"|(?<!own )\bvoice\b|\bquietly\b"
        # quiet said of a person, not of a shift: "you were a bit quiet"
        r"|\b(?:you|he|she|they|i|we)(?: \w+)? (?:was|were|seemed|are|is|came across as)"
        r" (?:\w+ ){0,2}?quiet\b"
        r"|\bshr(?:ink|inks|inking|ank)\b|\bsecond-guess\w*|\bhold (?:your|his|her|their) ground\b"
        r"|\bconvic\w*"
    ),
    "rapport": (
        r"\benergy\b|\binterest(?:ed)? in (?:the|us|our|this)\b|\bwarm\w*|\bengagement\b"
        r"|\bconnection\b|\brelat(?:e|ed|ing) to (?:the )?(?:panel|interviewers?|us)\b|\bsmiled?\b"
        r"|\bpersonality\b|\bcharisma\b|\bspark\b|\bopen(?:ed)? up\b|\bfriendl\w*|\bwarmed up\b"
    ),
    "attitude_professionalism": (
        r"\b(?:about|of|towards?) (?:his|her|their|your|my) (?:current |previous |former |last "
        r"|old )"
        r"?(?:employer|boss|manager|company|team|colleagues|firm|workplace|line manager)\b"
        r"|\brespect\w*|\bhumility\b|\bego\b|\bcourte\w*|\bmanners\b|\bpolite\w*"
    ),
    "company_research": (
        r"\bwhat we (?:actually )?(?:sell|make|build|offer|do)\b|\bour (?:recent |latest |new )?(?:"
        r"products?|services?|merger|acquisition|launch|app|platform|brand|"
        r"mission|history|news|results|strategy|competitors|market|funding)\b"
        r"|\bthe (?:company|firm|organi[sz]ation|business)(?:'s)? (?:products?|strategy|mission|"
        r"values|history|news|clients|customers|market)\b|\babout us\b|\bmain competitors\b"
        r"|\bcompetitive landscape\b|\b(?:read|reading) up\b|\bprepar\w* (?:on|about) (?:us|the "
        r"company|the firm)\b"
    ),
    "role_motivation": (
        r"\breasons? (?:for|why)\b|\bwhy (?:he|she|you|they) (?:\w+ )?(?:want\w*|leav\w*|left"
        r"|mov\w*|appl\w*|chose|switch\w*)\b|\bambition\w*|\baspiration\w*"
        r"|\bcareer\b|\bwants? (?:this|the) (?:role|job|position)\b|\bwanted (?:this|the) (?:role"
        r"|job|position)\b|\binterest in (?:the|this) (?:role|job|position)\b|\bwhy now\b"
        r"|\bwhy (?:the|this) (?:industry|sector|field|move|switch|change)\b|\bjob[- ]hopp\w*"
    ),
    "technical_depth": (
        r"\bcoding\b|\bcode\b(?! of conduct)|\bwindow functions?\b|\bjoins\b|\bapis?\b"
        r"|\bconcurrency\b|\bthreading\b|\bcomplexity\b|\bbig[- ]o\b|\blinked lists?\b"
        r"|\brecursion\b"
        r"|\bgarbage collect\w*|\bmemory\b|\bdatabases?\b|\bschemas?\b|\bregression\b"
        r"|\bprobability\b|\bexcel\b|\bspreadsheets?\b|\bfinancial model\w*|\baccounting\b"
        r"|\btesting\b|\bsecurity\b|\bdevops\b|\binfrastructure\b|\bframeworks?\b"
        r"|\bgit\b|\blinux\b|\breact\b|\baws\b|\bazure\b|\bc\+\+|\bgo(?:lang)?\b(?= code)"
        r"|\bdomain knowledge\b|\bsubject[- ]matter\b|\bcraft\b|\bhands-on skills\b|\btooling\b"
    ),
    "presentation_prep": (
        r"\bdemo\b|\b(?:your|his|her|their) portfolio\b|\bportfolio (?:review|presentation"
        r"|walk-?through|pieces?)\b|\bprep(?:aration|ared)?\b"
        r"(?= (?:for )?(?:the )?(?:case|task|presentation|exercise|pitch|slides))"
    ),
    "questions_for_interviewer": (
        r"\bquestions? (?:from (?:him|her|them|you)|(?:at|by|towards?) the (?:end|close))\b"
        r"|\b(?:his|her|their|your|my) questions\b|\bquestions (?:prepared|to ask|for (?:us|me|"
        r"the panel|them))\b|\basked (?:us )?nothing\b"
    ),
    "soft_skills": r"\beq\b|\bpeople skills\b|\bpeople side\b",
    "teamwork": (
        r"\bthe team around (?:him|her|them|you|me)\b|\bwith others\b|\b(?:pull|pulling|bring"
        r"|bringing|drew|draw) "
        r"(?:others|people|colleagues) in\b|\balone\b|\bsolo\b|\bcollaborat\w*|\bsilo\w*"
    ),
    "leadership": (
        r"\blead(?:ing)? (?:a |the |his |her |their )?(?:team|people|group|function)\b"
        r"|\bmanag(?:e|ing|ed) (?:people|a team|the team|reports|others)\b|\bdelegat\w*"
        r"|\binspir\w*|\bleader\b|\bmanagement style\b|\bpeople management\b|\bhands-off\b"
    ),
    "conflict_resolution": (
        r"\bclash\w*|\bdisagreement\w*|\bdifficult (?:colleague|person|people|team ?mate|manager"
        r"|conversation)s?\b|\bfall(?:ing)?[- ]outs?\b|\bfriction\b"
        # a dispute named by what happens in it: "two of the team arguing", "hearing both
        # parties", "bring the two sides together" (an angry customer is customer focus)
        r"|\barguing\b|\bfighting\b|\bdisruptive\b|\bmediat\w*|\b(?:hear\w*|talk\w* to"
        r"|listen\w* to|speak\w* to|spoke to|between) both (?:sides|parties)\b|\bthe two sides\b"
        r"|\bkeep(?:ing)? the peace\b"
    ),
    "communication": (
        r"\bsimple terms\b|\bplain\w*\b(?= (?:english|language|terms|summar\w*))"
        r"|(?<!are )(?<!am )(?<!i'm )(?<!we're )\bwriting\b(?! (?:this |it |that )?down\b)"
        r"|\bupdates\b|\bput (?:his|her|their|your) "
        r"(?:ideas|point|points|thoughts) across\b|\bget (?:his|her|their|your) (?:ideas|point"
        r"|points) across\b|\bnon-technical\b|\blay audiences?\b"
    ),
    "problem_solving": (
        r"\b(?:explain\w*|show\w*|say|said|walk\w* (?:us |me )?through) how (?:he|she|they|you|i)"
        r" got (?:there|to (?:it|that|the answer|the number))\b"
        r"|\bassumptions\b|\bapproach(?:ed)? (?:to )?(?:the|a|this|that) (?:[\w-]+ )?(?:problem"
        r"|case|question"
        r"|puzzle|estimate)\b"
        r"|\bestimat\w*|\bhypothes\w*|\bstructured way\b|\bmanageable (?:parts|pieces"
        r"|chunks)\b|\bbreak(?:ing)? (?:\w+ ){0,3}down\b|\bbroke (?:\w+ ){0,3}down\b|\blogic\b"
        r"|\bfirst principles\b"
    ),
    "stakeholder_management": (
        r"\b(?:client|customer|stakeholder|the business)(?:'s|s')? expectations\b"
        r"|\bmanag\w* (?:[\w']+ ){0,3}expectations\b|\bsenior (?:stakeholders|people|leaders"
        r"|leadership|clients)\b"
        r"|\bon side\b|\bsay(?:s|ing)? (?:yes|no) to\b|\bmanag(?:e|ing|ed) up\b|\bexecs?\b"
        r"|\bexecutives\b|\bsponsors\b(?<!visa sponsors)|\bclient relationships?\b"
        # winning people over: "bring the board and staff along", "take the line managers
        # with her", "keep them onside", "win the support of SLT"
        r"|\bbring(?:ing)? (?:\w+ ){1,5}?(?:along|on ?board|onside)\b|\btake (?:the |your |his |her"
        r" |their )?(?:\w+ ){1,3}?with (?:you|him|her|them)\b|\bkeep(?:ing)? (?:\w+ ){1,3}?onside\b"
        r"|\bwin(?:ning)? (?:the )?(?:support|backing)\b"
    ),
    "adaptability": (
        r"\bchang(?:ed|es|ing)? (?:the |our |their )?(?:requirements|scenario|brief|plan|scope|"
        r"direction|approach|priorities)\b|\b(?:scenario|brief|requirements|priorities|plans?)"
        r" (?:changed|shifted|shift|change)\b|\buncertainty\b|\bunexpected\b|\bthe unfamiliar\b"
        r"|\bnew (?:ways|approach(?:es)?|situations|tools)\b|\bwith change\b"
    ),
    "ownership": (
        r"\bown contribution\b|\bwhat (?:he|she|they|you) (?:did|had done"
        r"|actually did) (?:\w+self|personally"
        r"|themselves)\b|\bwait(?:ing)? for (?:instructions|direction|someone|others)\b"
        r"|\bfollow(?:ing)?[- ]through\b|\bfollow through\b|\bclose the loop\b|\binitiative\b"
        r"|\bresponsibility\b|\b'we'|\b\"we\""
    ),
    "learning_from_failure": (
        r"\blearnings\b|\bwhat (?:he|she|they|you|i) (?:had )?learn(?:ed|t)\b|\bgrowth mindset\b"
    ),
    "customer_focus": (
        r"\b(?:end|our|their) customers?\b|\bclient needs\b"
        r"|(?<!more )(?<!be )(?<!very )(?<!less )\bpatients?\b(?! with)|\bservice users?\b"
        r"|\buser research\b"
    ),
    "experience_gap": (
        r"\b(?:for|of) (?:\w+ ){0,2}?(?:years|decades?|months)\b|\b(?:run|led|managed|done|built"
        r"|held)"
        r" (?:a |an |the )?(?:similar|same|comparable|equivalent)\b|\bhands-on experience\b"
        r"|\bdone (?:it|this|that) before\b|\bbefore\b(?= in (?:a|the) (?:similar|same))"
    ),
    "language_or_location": (
        r"\bcommut\w*|\bdistance\b|\btravel (?:time|distance)\b|\bbased (?:in|out of)\b"
        r"|\bthe office\b|\bin[- ]person\b|\bsponsorship\b|\bresiden(?:cy|t|ts|ce)\b"
    ),
    "external_factor": (
        r"\b(?:pool|field|number) of (?:\w+ )?(?:applicants|candidates)\b|\bapplicant pool\b"
    ),
    "salary_expectations": (
        r"\brates?\b(?= (?:you|he|she|they|i) (?:quoted|asked|wanted|gave))|\bnumber you "
        r"(?:gave|quoted|asked for)\b|\bcompensation\b|\bremuneration\b|\bsalary\b"
    ),
    "culture_fit": r"\bfit(?:ted|ting)? in\b|\bthe culture\b|\bour culture\b|\bchemistry\b"
    r"|\bvibe\b",
}
# Whole phrases, named by kind, that the broad lexicon adds as weak cues (a finding on
# their own): a length in minutes per answer, "would be happier somewhere", "in a few
# years' time".
_WEAK_KINDS: dict[str, str] = {
    "answer_structure": (
        r"\bcircl(?:ed|ing|es) (?:a?round|back)\b(?! (?:on|with|to you)\b)|\b(?:without|never|not"
        r"|before) (?:really )?land"
        r"(?:ed|ing)? (?:on|the)\b|\b(?:before|until) (?:finally |eventually )?(?:getting to"
        r"|saying|reaching|telling (?:us|me|them)|explaining) (?:the point|what|the result"
        r"|the answer|the outcome)\b|\bscattered\b|\bjump(?:ed|ing|s)? from one\b|\bbur(?:ied|y"
        r"|ies|ying) (?:the|his|her"
        r"|their|your) (?:\w+ )?(?:point|answer|headline|message|result|lede)\b"
    ),
    "answer_relevance": (
        r"\b(?:when |after )?asked (?:about|how|why|what|for) [^.;,]{1,40}?,? (?:\w+ ){1,3}?"
        r"(?:talked|spoke|focused|went on|answered|told (?:me|us|them)) (?:mainly |mostly |only "
        r"|instead |largely )"
        r"?(?:about|on|with)\b|"
        r"\bquestions? (?:that )?(?:nobody|no one) (?:had )?(?:asked|posed)\b|\b(?:away|off)"
        r" from (?:the|my|our|his|her) (?:question|topic|point)\b|\bveer\w* (?:away|off)\b"
    ),
    "questions_for_interviewer": r"\basked (?:\w+ )?nothing\b",
    "specific_examples": (
        r"\bnothing to show for\b|\bnothing to back (?:it|that|them|this) up\b|\bunsubstantiated\b"
        r"|\bunsupported\b"
    ),
    "rapport": (
        r"\bdetached\b|\b(?:body language|posture) (?:was|seemed|looked) (?:\w+ ){0,2}(?:closed|"
        r"defensive|stiff)\b|\bclosed body language\b"
    ),
    "company_research": (
        r"(?:n't|\bnot|\bnever) (?:\w+ ){0,2}?(?:looked into|read up on|researched|looked at)"
        r" what (?:our|the|their) (?:team|company|firm|business|organi[sz]ation) does\b"
    ),
    "external_factor": (
        r"\b(?:strong|large|competitive|big|deep|talented) (?:pool|field|number|shortlist) of"
        r" (?:\w+ )?(?:applicants|candidates)\b|\b(?:because of|due to|following|given"
        r"|as part of) (?:a |an |the "
        r"|our |some )?(?:\w+ )?(?:reorgani[sz]\w*|restructur\w*)|\bpull(?:ed|ing)? (?:the )?"
        r"(?:role|vacancy|position|job|req\w*|post)\b|\b(?:strong|deep|competitive) (?:applicant|"
        r"candidate) pool\b|\bhire (?:internally|from within)\b|\bpromot\w* (?:from )?within\b"
    ),
    "salary_expectations": (
        r"\bmore than (?:the |our |their )?(?:band|budget|range)\b|\b(?:band|budget|range)"
        r" (?:\w+ ){0,2}(?:allows?|stretch(?:es)? to|tops out)\b"
    ),
    "conciseness": (
        r"\bless (?:detail|background|context|preamble|scene-setting)\b|"
        r"\b(?:ran|went|go|going|running|goes) (?:way |well |far |a bit |slightly |a little )?"
        r"over (?:the |time\b|their |his |her |your |by\b|\d)"
        r"|\bkeep (?:\w+ ){0,2}(?:to|under|below|within) (?:about |around )?(?:\w+|\d{1,3})[- ]"
        r"(?:minutes?|mins?|seconds)\b|"
        r"\bat (?:great |some |considerable )?length\b|\b\d{1,3}\+? ?min(?:ute)?s? (?:each|per"
        r" answer|an answer|a question)\b|\bkeep (?:\w+ )?to time\b"
    ),
    "experience_gap": (
        r"\b(?:great|ready|perfect|strong|right)\b[^.;]{0,25}\bin (?:a |another )?(?:few|couple"
        r" of|two|three|four|\d{1,3})(?: or (?:two|three|four|five|\d{1,3}))? years\b"
        r"|\b(?:done|run|held|led) (?:the|this|that) (?:exact |same |very same |identical )(?:job"
        r"|role|work|position)\b"
    ),
    "culture_fit": (
        r"\b(?:be |feel )?happier (?:in|at|somewhere|elsewhere|with)\b|\bmore at home (?:in|at)\b"
    ),
    "attitude_professionalism": (
        r"\bsuperior (?:tone|attitude|manner|air)\b|\bsuperiority\b|\bscathing\b|\bdisrespect\w*"
        r"|\bsneer\w*|\bscoff\w*|\brolled (?:his|her|their) eyes\b"
    ),
}
# More of both, by kind: the voice of notes, appraisals and self-reflection.
_MORE_WEAK: tuple[tuple[str, str], ...] = (
    (
        "answer_relevance",
        r"\banswered (?:the |a |my |our )?question (?:about|on) [^.;]{1,30}? with (?:a |an )?"
        r"(?:story|example|answer) about\b",
    ),
    (
        "answer_structure",
        r"\b(?:hard|difficult|tricky|tough) to (?:keep track of|track|keep up with)\b|\bdetours?\b",
    ),
    (
        "adaptability",
        r"\b(?:took (?:a long time|ages|a while|months)|slow|struggled|hard) to (?:adjust|adapt"
        r"|settle|get used)\b",
    ),
    (
        "answer_relevance",
        r"\b(?:broader|different|narrower|easier|wider|simpler) question than\b|\bredirecting\b"
        r"|\b(?:adjacent|tangential|unrelated|irrelevant) to\b|\birrelevant\b"
        r"|\bnot (?:quite |really )?what (?:was|we|i|they) (?:had )?asked\b",
    ),
    (
        "conciseness",
        r"\bover-?explain\w*|\bclipped\b|(?:n't|\bnot|\bnever) (?:\w+ )?(?:expand|elaborate)\w*\b"
        r"|\bhalf the length\b",
    ),
    (
        "confidence",
        r"\b(?:get|getting|got) (?:my|his|her|their|your) words out\b|\b(?:i|he|she|you) (?:was"
        r"|were) shaking\b|\bqualifying everything\b",
    ),
    (
        "rapport",
        r"(?:n't|\bnot) (?:seem |appear )?(?:that |very |too |particularly )?(?:bothered|fussed)",
    ),
    ("attitude_professionalism", r"\b(?:sharp|brusque|curt|off-hand|offhand) with\b"),
    ("questions_for_interviewer", r"\bnothing to ask\b|\bno questions? to ask\b"),
    ("stakeholder_management", r"\bagree(?:d|s|ing)? to everything\b|\bsaid yes to everything\b"),
    (
        "adaptability",
        r"\bresist\w* (?:new|the new|any|change)\b|\bstick(?:s|ing)? to what (?:he|she|they|you)"
        r" knows?\b",
    ),
    ("ownership", r"\bwe did (?:this|that)\b"),
    (
        "experience_gap",
        r"\bmore junior than\b|\b(?:below|under) the level (?:we|they)(?:'re| are)\b",
    ),
    (
        "external_factor",
        r"\b(?:high|strong|exceptional|very high)[- ]calibre\b|\b(?:small|narrow|fine|tiny|"
        r"slim) margins?\b",
    ),
    ("culture_fit", r"\b(?:question|matter|case) of (?:fit|chemistry)\b"),
    (
        "answer_structure",
        r"\b(?:sav|leav|kept|keep|hold|held)(?:e|es|ed|ing|s)? (?:back )?(?:the |your |his |her"
        r" |their )?(?:result|outcome|point|headline|answer|punchline) (?:until|for|to|till)"
        r" (?:the )?(?:very )?end\b",
    ),
    (
        "answer_relevance",
        r"\b(?:missed|misunderstood|misread|misinterpreted|misheard) (?:the |what )(?:\w+ )?"
        r"(?:point|question|brief|ask|scenario|task)\b|\bsolv\w* for [^.;]{1,30}? instead of\b"
        r"|\bassum\w* (?:we|i|they|the panel) (?:meant|wanted|were asking)\b",
    ),
    (
        "conciseness",
        r"\b(?:said|say|says|spoke|talked|gave|give) (?:\w+ )?too little\b|\b(?:keep|kept|had to"
        r" keep) asking (?:\w+ )?follow-?ups?\b",
    ),
    (
        "confidence",
        r"\boverwhelm\w*|\bquieter and quieter\b|\bplay(?:ed|s|ing)? down\b|\bplay(?:ed|s|ing)?"
        r" (?:\w+ ){1,3}down\b"
        # "very quiet, had to draw answers out", "you looked terrified"
        r"|\b(?:very|pretty|quite|rather|too|really|so|painfully|extremely) quiet\b"
        r"(?! (?:confidence|word|period|shift|spell|day|time|week|month))"
        r"|\b(?:looked|look|seemed|seem|was|were|appeared) (?:\w+ )?(?:terrified|petrified"
        r"|scared)\b",
    ),
    (
        "questions_for_interviewer",
        r"\basked (?:if|whether) (?:she|he|they|you|i) had (?:any )?questions\b[^.;]{0,30}\b"
        r"(?:no|nothing|not)\b",
    ),
    (
        "external_factor",
        r"\bfill(?:ed|ing)? (?:the )?(?:position|role|vacancy|post|seat) (?:with|internally)\b"
        r"|\bexisting (?:team member|employee|colleague|member of (?:staff|the team)"
        r"|staff member)\b",
    ),
    (
        "conciseness",
        r"\b(?:answers?|responses?|replies|intro\w*|stories) (?:were|was) (?:\w+ )?(?:long"
        r"|lengthy)\b",
    ),
    ("role_motivation", r"(?:n't|\bnot) (?:really )?want (?:it|the job|the role|this) enough\b"),
    ("confidence", r"\bchanged (?:his|her|their|your|my) (?:answer|mind|position) (?:twice|again)"),
    (
        "rapport",
        r"\b(?:felt|feel|feels|seemed|came across as|come across as) (?:\w+ )?(?:rehearsed"
        r"|scripted|robotic|canned)\b|\breciting\b",
    ),
)
_MORE_TOPIC: tuple[tuple[str, str], ...] = (
    ("answer_structure", r"\btakeaway\b|\b(?:get|getting|got) going\b|\bheadline\b"),
    (
        "answer_relevance",
        r"\bwhat (?:we|i|they|the panel) (?:had )?asked\b|\bwhat the (?:question|scenario|brief"
        r"|task|problem) was (?:really |actually )?(?:about|asking)\b",
    ),
    ("specific_examples", r"\b(?:a|any|single|one) (?:number|figure|metric|statistic)\b(?! of)"),
    (
        "role_motivation",
        r"\ba (?:role|job|position) (?:he|she|they|you) (?:actually |really |genuinely )?wants?\b"
        r"|\blong[- ]term\b",
    ),
    ("conflict_resolution", r"\bdifficult (?:feedback|messages?|news)\b|\bf[ae]ll(?:s|ing)? out\b"),
    ("leadership", r"\b(?:his|her|their|your) reports\b|\bdifficult feedback\b"),
    (
        "problem_solving",
        r"\bprioriti[sz](?:e|ed|es|ing|ation)\b|\btackl\w* (?:the |a "
        r"|this )?(?:[\w-]+ ){0,2}problem\b",
    ),
    (
        "adaptability",
        r"\bchange in (?:\w+ )?(?:direction|plans?|priorities|scope|process|strategy)\b"
        r"|\bnew (?:tools|processes|technology|systems)\b",
    ),
    (
        "ownership",
        r"\bwhat (?:his|her|their|your) (?:own )?(?:part|role|contribution) (?:was|had been)\b",
    ),
    (
        "communication",
        r"\baudiences?\b|\bpresentation of (?:\w+ ){0,2}(?:ideas|thinking|findings|views"
        r"|arguments)\b",
    ),
    ("company_research", r"\brebrand\w*|\bour (?:old |new |former )?(?:company )?name\b"),
    (
        "role_motivation",
        r"\bwhy-(?!this-company|us\b)[\w-]+ (?:question|answer)\b|\bwhat(?:'s| is) (?:pulling"
        r"|drawing|attracting|driving) (?:him|her|them|you)\b|\bdrawn to\b",
    ),
    ("technical_depth", r"\bpairing (?:session|exercise|interview)\b|\bfailing tests?\b"),
    ("teamwork", r"\b(?:share|sharing|shared|give|giving|gave) (?:the )?credit\b"),
    (
        "conciseness",
        r"\b(?:four|five|six|seven|eight|nine|ten|fifteen|twenty)[- ]minutes?\b"
        r"(?! (?:after|late|early|before|into|in|later|ago|for (?:your|his|her|their) (?:own )?"
        r"questions|(?:on|of) (?:their|our|the) (?:website|site|research|reading))\b)",
    ),
    ("leadership", r"\b(?:his|her|their|your) team motivated\b|\bmorale\b"),
    ("technical_depth", r"\bthe difference between\b"),
    (
        "external_factor",
        r"\bpromot\w* (?:someone |somebody |a colleague )?(?:internally|from within)\b",
    ),
    ("questions_for_interviewer", r"\bask(?:ed)? (?:us |them |me |the panel )?anything\b"),
    (
        "leadership",
        r"\b(?:set|setting) (?:\w+ )?(?:priorities|direction|goals|a vision) for (?:a|the|his|her"
        r"|their|your) team\b",
    ),
    (
        "language_or_location",
        r"\btravel(?:l?ing)? (?:to|weekly|abroad|internationally|regularly)\b",
    ),
    (
        "culture_fit",
        r"\b(?:informal|formal|fast-paced|start-?up|corporate|flat|hierarchical) (?:environment"
        r"|culture|setting|organi[sz]ation)\b",
    ),
    ("teamwork", r"\b(?:seek\w*|ask\w*|get\w*|invit\w*) (?:\w+ )?input\b|\binput from\b"),
    (
        "ownership",
        r"\bwaits? for (?:\w+ ){0,2}to be (?:assigned|given|handed)\b|\bpick(?:ing)? (?:things"
        r"|problems) up\b",
    ),
)
# Word families that carry over between writers, added after studying a third writer's
# texts: the kinds of thing, not the sentences. Organisations and customers are named in
# many ways ("the ward's specialty", "the upset caller", "each client's goals").
_ORG = (
    r"(?:company|firm|organi[sz]ation|business|bank|charity|council|trust|school|hospital|ward"
    r"|practice|agency|brand|store|department|university|college|start-?up|employer|client"
    r"|restaurant|hotel|studio|fund|authority|board|team|product|app|platform|service)"
)
_CUSTOMER = (
    r"(?:customers?|clients?|users?|patients?|guests?|callers?|buyers?|prospects?|residents?"
    r"|passengers?|members? of the public|service users?|shoppers?|consumers?|famil(?:y|ies))"
)
_FAMILIES_WEAK: tuple[tuple[str, str], ...] = (
    # lost in an answer: "hard to tell which branch he was in", "no through-line"
    (
        "answer_structure",
        r"\b(?:hard|difficult|tough|tricky|impossible) to (?:tell|see|know|work out|keep track of)"
        r" (?:where|which (?:branch|step|stage|thread|point|bit|part of the))\b"
        r"|\bno (?:clear )?(?:through-?line|thread|arc|signposting)\b"
        r"|\bhopp(?:ed|ing|s) (?:around|about|between)\b",
    ),
    # answered before pinning the question down; went off on something else
    (
        "answer_relevance",
        r"\b(?:without|before) (?:first )?(?:pinning|nailing|narrowing) (?:\w+ )?down\b"
        r"|\b(?:without|before) (?:first )?(?:establishing|checking|scoping|confirming|agreeing)"
        r" (?:the )?(?:requirements|scope|constraints|scale|brief|ask|question)\b"
        r"|\basked\b[^.;]{1,80}?\band (?:i |he |she |they |you )?(?:went off|launched into"
        r"|drifted|rambled on|got sidetracked)\b|\b(?:redirect|steer)(?:ed|ing)? (?:you|him|her"
        r"|them)\b",
    ),
    # an answer or a talk past its time, or one that had to be stopped
    (
        "conciseness",
        r"\b(?:ran|went|running|going) (?:\w+ ){0,2}(?:past|beyond) (?:the|its|their|his|her|our"
        r"|your) (?:\w+ )?(?:slot|time|limit)\b|\b(?:get|got|getting) (?:there|to it|to the point"
        r"|to the answer) (?:faster|quicker|sooner)\b|\bhad to (?:stop|cut|wrap|hurry|move) (?:him"
        r"|her|them|you)\b|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
        r"|twenty|thirty|forty)-minute (?:history|monologue|preamble|story|explanation|tour"
        r"|overview|answer|detour)\b",
    ),
    # giving way under pressure, freezing
    (
        "confidence",
        r"\bsells? (?:yourself|himself|herself|themselves) short\b|\bgave (?:ground"
        r"|way|in) (?:as soon as|when|too|quickly|easily)\b|\bback(?:ed|s)? down\b",
    ),
    # running down others, holding a position against all comers
    (
        "attitude_professionalism",
        r"\btrash(?:ed|ing|es)?\b|\bslag(?:ged|ging|s)? off\b|\b(?:kept|keeps|keep) defending\b"
        r"|\bdefend(?:ed|ing|s)? (?:mine|his|hers|theirs|my|his|her|their|your) (?:own )?(?:\w+ )?"
        r"(?:rather than|instead of)\b",
    ),
    # not having looked into the organisation, in any of its names
    (
        "company_research",
        rf"(?:n't|\bnot|\bnever|\bno) (?:\w+ ){{0,2}}?(?:looked (?:at|into)|look (?:at|into)"
        rf"|read up"
        rf" on|researched|checked) (?:the|their|our) (?:\w+ ){{0,2}}?{_ORG}(?:'s)?\b"
        rf"|\b(?:no idea|didn't know|did not know|unaware|wasn't aware|hadn't reali[sz]ed"
        rf"|didn't realise|didn't realize) (?:that )?(?:the|our|their) {_ORG}\b",
    ),
    # knowledge that stopped short: "didn't go much beyond deployments"
    (
        "technical_depth",
        r"\b(?:knowledge|understanding|grasp) (?:\w+ ){0,3}?(?:didn't|did not|doesn't|does not"
        r"|never) (?:really )?(?:go|extend|get) (?:much |very |far )?(?:beyond|past|deeper)\b",
    ),
    # fixing before diagnosing
    (
        "problem_solving",
        r"\b(?:without|instead of|rather than) (?:first )?(?:working out|figuring out|understanding"
        r"|diagnosing|investigating"
        r"|establishing|digging into) (?:where|why|what|how|the (?:cause|root|problem|issue))\b",
    ),
    # audience-directed unclarity: "unclear to GPs", "confusing for the non-engineers"
    (
        "communication",
        r"\b(?:unclear|confusing|impenetrable|hard to understand) (?:to|for) (?:the |a |our |lay "
        r"|senior |non-)?(?:[\w-]+ )?(?:audience|readers?|gps|clients?|customers?|stakeholders?"
        r"|panel|board|people|colleagues|team|engineers|non-\w+)\b|\bacronyms\b",
    ),
    # sticking to the plan when the situation called for a change
    (
        "adaptability",
        r"\b(?:carried|pressed|ploughed|plowed|pushed|carrying|pressing|ploughing) on\b[^.;]{0,40}"
        r"\b(?:instead of|rather than|regardless|despite|even though|even when)\b"
        r"|\bstuck (?:rigidly )?to (?:the|his|her|their|your) (?:plan|script|original)\b",
    ),
    # no lesson drawn: "didn't get to what you took away from it"
    (
        "learning_from_failure",
        r"(?:n't|\bnot|\bnever|\bno) (?:\w+ ){0,4}?what (?:\w+ ){0,2}?(?:learn(?:ed|t)|took away"
        r"|had taken away|would do differently|do differently|changed afterwards)\b",
    ),
    # the person outgrows the role, or others are further on
    (
        "experience_gap",
        r"\b(?:further|farther) (?:along|ahead|on) in (?:their|his|her|your|my) careers?\b"
        r"|\bmore (?:seasoned|established)\b|\b(?:find|found|finds) (?:the |this )?(?:\w+ ){0,4}?"
        r"(?:limiting|restrictive|unchallenging|too small)\b|\ba step (?:down|backwards?)\b"
        r"|\bunder-?challenged\b|\bnot (?:be )?challenged enough\b",
    ),
    # a strong field, a ranking, a volume of applications
    (
        "external_factor",
        r"\b(?:strong|competitive|large|deep|talented|exceptional) (?:field|shortlist|pool"
        r"|line-?up|cohort)\b|\bcompetitive (?:process|round|campaign|recruitment|selection)\b"
        r"|\b(?:number|volume|lots|plenty|loads|hundreds|dozens|a lot|many) (?:of )?(?:very "
        r"|exceptionally )?(?:strong"
        r"|high[- ]quality|excellent|talented|high[- ]calibre|well-qualified|qualified|impressive)"
        r" (?:applications|applicants|candidates|cvs)\b|\bmerit list\b"
        r"|\bposition \d{1,3} (?:of"
        r"|out of) \d",
    ),
    # pay set against the budget: "expectations exceed the range", "Salary exp 95k, band
    # max 80k", "the other candidate was asking for less", "the top end of their range"
    (
        "salary_expectations",
        r"\b(?:salary|pay|rate|ask|expectations?|number|figure)\b[^.;]{0,30}\b(?:exceed\w*|above"
        r"|over|outside|beyond|higher than|more than)\b[^.;]{0,20}\b(?:range|band|budget|max\w*"
        r"|ceiling|cap|bracket|limit|what (?:they|we) (?:could|can|were able to) (?:pay|afford"
        r"|offer))\b|\b(?:salary|pay|comp) (?:exp\w*|ask)\b:? ?[£$€]?\d[^.;]{0,40}\b(?:band"
        r"|budget|max|range|cap|ceiling)\b|\basking for less\b|\b(?:cheaper|less expensive)\b"
        r"|\b(?:top|upper|high) end of (?:the |their |our |what )",
    ),
)
_FAMILIES_TOPIC: tuple[tuple[str, str], ...] = (
    (
        "answer_relevance",
        r"\bwhat(?:'s| is| was| were) (?:actually |really )?(?:being )?asked\b(?! of)",
    ),
    ("questions_for_interviewer", r"\b(?:any|no|had|have|has) questions\b"),
    (
        "company_research",
        r"\bwhat we (?:actually |really )?(?:ship|produce|provide|make|sell|build|offer|do|stand"
        rf" for)\b|\b(?:the|our|their) {_ORG}(?:'s)? (?:products?|services?|strategy|mission"
        r"|values|history|news|clients|customers|market|specialt\w*)\b"
        r"|\bwhat (?:i|he|she|they|you) knew about\b",
    ),
    (
        "role_motivation",
        r"\bwhat (?:a|an) (?:[\w-]+ ){1,2}(?:does|involves|entails)\b|\bwhat the (?:job|role"
        r"|post|position) (?:involves|entails|is)\b|\b(?:getting|get|got|move|moving) away from\b"
        r"|\bway out of\b",
    ),
    (
        "technical_depth",
        r"\b(?:subject|clinical|domain|product|legal|financial) knowledge\b|\bleakage\b"
        r"|\boverfit\w*|\bdatasets?\b|\btrain(?:ing)?[/ -](?:test|validation)\b",
    ),
    (
        "presentation_prep",
        r"\b(?:lesson|session|workshop|teaching|lecture) plans?\b|\b(?:demo|trial|sample|observed"
        r"|model|interview) lessons?\b|\bmicro-?teach\w*|\bplenary\b|\bvisuals\b|\brehearsal\b"
        r"|\bdry[- ]run\b|\bspeaker notes\b|\bnotebook\b|\btimings\b",
    ),
    (
        "teamwork",
        r"\bpull(?:ing|ed|s)? together\b|\b(?:pitch|muck)(?:ed|ing|s)? in\b"
        r"|\bhelp(?:ing|ed)? out\b|\bteam ?mates?\b|\b(?:left|leave|leaving|leaves) (?:\w+ ){0,3}"
        r"for others\b|\bwork(?:ed|ing|s)? (?:\w+ )?(?:with|alongside) (?:me|us|him|her|them"
        r"|others|colleagues|peers)\b",
    ),
    (
        "leadership",
        r"\bmanag(?:e|ing|ed)-people\b|\b1:1s\b|\bone-(?:to|on)-ones\b|\b(?:development|career"
        r"|performance) conversations?\b|\b(?:sickness|staff) absence\b|\b(?:attendance|capability"
        r"|disciplinary) (?:issues?|problems?|process\w*|procedures?|conversations?)\b"
        r"|\b(?:a|an|one) (?:\w+ )?(?:team member|member of (?:staff|the team)|staff member"
        r"|employee|direct report) (?:who|that|with)\b|\b(?:a|as a|the) (?:\w+ )?(?:manager|leader"
        r"|supervisor) (?:who|that)(?:'ll| will| would| can)\b",
    ),
    ("communication", r"\bletters\b|\bsummaries\b|\bcorrespondence\b|\bwritten work\b"),
    (
        "problem_solving",
        r"\b(?:lay|laid|set|sets|setting|outline\w*|plan\w*|explain\w*) (?:out )?(?:an?|the|his"
        r"|her|their|your) (?:clear |overall |structured )?(?:approach|plan of attack|method)\b"
        r"|\bcommit\w* to (?:a |an )?(?:call|decision|answer|recommendation|view|position)\b"
        r"|\bchoose between\b|\b(?:weigh\w*|compar\w*) (?:up )?(?:the )?(?:options|alternatives)\b"
        r"|\bfirst fix\b|\bdigging into\b",
    ),
    (
        "stakeholder_management",
        r"\bbudget holders?\b|\b(?:department|division) heads?\b|\bbusiness partner\w*"
        r"|\bpartnering\b",
    ),
    (
        "ownership",
        r"\bpick(?:s|ed|ing)? up (?:problems|issues|things|tasks|work|the slack)\b",
    ),
    (
        "learning_from_failure",
        r"\bwent (?:sideways|south|pear-shaped|awry)\b|\bbackfired\b|\bfell (?:apart|through)\b"
        r"|\b(?:took|take|taking|taken) (?:away )?from (?:it|that|the experience)\b"
        r"|\backnowledg\w* (?:the |his |her |their |an? )?(?:error|mistake)s?\b",
    ),
    (
        "customer_focus",
        rf"\b{_CUSTOMER}(?:'s|s')? (?:problems?|needs?|pain(?: points)?|goals?|priorities"
        r"|situation|perspective|point of view|side)\b|\b(?:upset|difficult|angry|unhappy|irate"
        r"|frustrated|distressed|vulnerable) (?:customer|client|caller|guest|patient|buyer|user"
        r"|member of the public|resident|passenger|shopper)s?\b"
        # several customers speaking ("two clients told us"), not a recruiter's client
        r"|\b(?:customers|clients|users|patients|guests|callers|buyers|residents|passengers"
        rf"|families) (?:told|said|complained|felt|reported)\b|\b{_CUSTOMER} (?:outcomes"
        rf"|satisfaction|experience)\b",
    ),
)
# More families, after studying a fourth writer: scorecards with a stated scale, people
# management in many guises, empathy with customers, work that kept to an old process.
_PERSON = (
    r"(?:someone|somebody|a candidate|a person|people|a (?:bloke|guy|man|woman|lady|chap"
    r"|contractor)|another (?:\w+ )?(?:candidate|applicant|person))"
)
_FAMILIES_WEAK += (
    # another person with the experience: "a bloke who's run a fleet", "someone who has
    # spent time in insurance"
    (
        "experience_gap",
        rf"\b{_PERSON} (?:who|that)(?:'s| has| had|'d|'ve| have) (?:already |previously "
        r"|actually )?(?:spent (?:time|years|\w+ years)|run|done|led|managed|held|worked|built"
        r"|delivered)\b",
    ),
    # theory without an instance: "only theory", "could not give one"
    (
        "specific_examples",
        r"\b(?:only|just|all|mostly|pure(?:ly)?) theor(?:y|etical)\b|\bspoke about (?:your|his|her"
        r"|their) philosophy\b|\b(?:could not|couldn't|unable to|failed to|did not|didn't|struggled"
        r" to) (?:give|provide|offer|name|come up with|share|cite) (?:a single |any |an? |one )"
        r"(?:real |concrete |specific |actual )?(?:example|instance|case)s?\b|\b(?:could not"
        r"|couldn't|unable to|failed to) (?:give|provide|cite) one\b",
    ),
    # length against a limit or what would do: "25 minutes when 10 would do", "four pages
    # against a one-page limit", "answer under 20 seconds"
    (
        "conciseness",
        r"\bwhen (?:\d{1,3}|one|two|three|five|ten|fifteen|twenty) (?:would do|would have done"
        r"|(?:was|is|would be|would have been) (?:enough|plenty))\b|\b(?:under|less than|barely"
        r"|only|just) (?:\d{1,3}|ten|twenty|thirty|fifteen) seconds\b|\bagainst an? (?:[\w-]+ )?"
        r"(?:page|word|minute)[- ]limit\b|\bover (?:the )?(?:page|word) (?:limit|count)\b"
        r"|\b(?:ran|runs|run|running|came) to (?:\w+ )?pages\b",
    ),
    # the order of an answer: "in the wrong order", "didn't appear until page three"
    (
        "answer_structure",
        r"\b(?:in the )?wrong order\b|\bout of order\b|\bjump(?:ed|ing|s)? back (?:to|and forth)\b"
        r"|\bback and forth\b|\b(?:didn't|did not|doesn't|does not) (?:appear|come|come up|surface"
        r"|emerge|arrive) until\b|\bnot until (?:page|the (?:very )?end|the last)\b",
    ),
    # answering something not asked: "which I hadn't asked about", "talking past each other"
    (
        "answer_relevance",
        r"\btalking past each other\b|\b(?:which|that|something|things?) (?:i|we|they|nobody|no"
        r" one) (?:hadn't|had not|didn't|did not|never|wasn't|weren't) (?:even )?ask(?:ed|ing)?"
        r" (?:about|for)\b|\bassum\w* (?:i|we|they|he|she|the panel|the interviewer) (?:was|were)"
        r" (?:going to|about to) ask\b|\bwhat (?:you|he|she|they) assumed\b",
    ),
    # people left to sort out their own conflict
    (
        "conflict_resolution",
        r"\blet (?:them|the two of them|both of them) (?:sort|work|figure|fight|thrash) (?:it"
        r"|things) out\b|\bleave them to (?:it|sort it out)\b",
    ),
    # hurrying customers: "racing customers off the phone"
    (
        "customer_focus",
        rf"\b(?:racing|rushing|hurrying|rushed|raced|hurried) (?:the )?{_CUSTOMER} (?:off|along"
        rf"|through)\b|\b{_CUSTOMER} (?:was|were) still (?:mid-sentence|talking|speaking)\b",
    ),
    # others hearing news first: "clients are telling the partner about issues before you do"
    (
        "stakeholder_management",
        r"\b(?:tell|telling|told|hear|hearing|heard|find|finding|found) (?:\w+ ){0,4}(?:before"
        r" (?:you|he|she|they) (?:do|did)|from (?:you|him|her|them) first|from someone else)\b",
    ),
    # an old process kept after a change
    (
        "adaptability",
        r"\b(?:kept|keep|keeps|keeping|carried on|continued|stuck with|sticking with) (?:\w+ )?"
        r"(?:using|running|doing|following|applying|with)? ?(?:the|his|her|their|your|my) (?:old"
        r"|previous|former|legacy|original|existing|usual) (?:\w+ )?(?:process|way|approach|plan"
        r"|method|system|routine|tools?|workflow)\b",
    ),
    # nothing changed afterwards, or the blame put on others
    (
        "learning_from_failure",
        r"(?:n't|\bnot|\bnever|\bnothing|\bno) (?:\w+ ){0,3}?(?:changed|different) (?:\w+ ){0,3}?"
        r"(?:afterwards|since|as a result|after that)\b|\b(?:all|entirely|completely) down to"
        r" (?:other|the other|others|someone else)\b",
    ),
    # a close decision between finalists
    (
        "external_factor",
        r"\bcoin[- ]toss\b|\bclose call\b|\btoss-?up\b|\b(?:could|might) have gone either way\b"
        r"|\bphoto finish\b|\b(?:two|three) (?:really |very )?(?:good|strong) finalists\b",
    ),
    # readers who could not tell what was wanted; an audience that glazed over
    (
        "communication",
        r"\b(?:didn't|did not|don't|do not|couldn't|hard to|struggle to|struggled to|find it hard"
        r" to) (?:\w+ ){0,2}(?:understand|know|work out|follow) what (?:was|is|were|are) being"
        r" asked of (?:them|him|her|me|us)\b|\bglazed over\b|\beyes glazed\b",
    ),
)
# Idioms and other voices found by probing phrasings no labelled writer used: "a bit green",
# "round the houses", "over-egged", "monosyllabic replies", "let others lead".
_FAMILIES_WEAK += (
    # not senior enough, a bit green
    (
        "experience_gap",
        r"(?:n't|\bnot) (?:quite |yet |really )?(?:senior|experienced|seasoned) enough\b"
        r"|\b(?:a bit|a little|quite|rather|too|still|fairly|very) green\b",
    ),
    # sounding learnt by heart: "responses a little rehearsed"
    (
        "rapport",
        r"\b(?:a little|a bit|slightly|quite|rather|too|somewhat) (?:rehearsed|scripted|robotic"
        r"|canned|wooden)\b",
    ),
    # overclaiming in other words: "over-egged his role"; underselling: "just a small part"
    (
        "confidence",
        r"\bover-?egg\w*|\bembellish\w*|\bover-?hyp\w*|\b(?:i|you|he|she) (?:just|only) helped\b"
        r"|\b(?:just|only|merely) (?:a )?(?:small|tiny|minor|little) (?:part|role|cog|bit"
        r"|contribution)\b",
    ),
    # brushing off a challenge
    ("attitude_professionalism", r"\bbrush(?:ed|es|ing)? (?:it |that |them |this )?off\b"),
    # letting others take over: "stayed quiet and let others lead"
    (
        "confidence",
        r"\blet (?:others|the others|everyone else|someone else) (?:lead|take (?:the lead|over)|do"
        r" the talking|dominate)\b|\b(?:stayed|remained|kept) (?:\w+ )?quiet\b|\b(?:seemed|looked"
        r"|was|appeared) (?:\w+ )?uncomfortable\b(?! with)",
    ),
    ("rapport", r"\barms (?:folded|crossed)\b|\b(?:folded|crossed) arms\b"),
    (
        "role_motivation",
        r"\bany (?:job|role|position) going\b|\bapply(?:ing)? for (?:any|every)"
        r" (?:job|role)\b",
    ),
    ("ownership", r"\bloose ends\b"),
    (
        "specific_examples",
        r"\b(?:little|no|limited|not much|scant) evidence of (?:impact|results?|outcomes?"
        r"|delivery)\b",
    ),
    # a failure question answered with a success
    (
        "learning_from_failure",
        r"\b(?:fail\w*|mistake|went wrong)\b[^.;]{0,80}\b(?:actually|really|in fact) (?:a )?"
        r"success\w*",
    ),
    (
        "external_factor",
        r"\bover (?:\d{2,}|a hundred|two hundred|three hundred|a thousand) (?:applicants"
        r"|applications"
        r"|candidates)\b|\bfunding\b[^.;]{0,30}(?:n't|\bnot) (?:been |yet )?(?:confirmed"
        r"|approved|agreed|signed off)\b",
    ),
    (
        "culture_fit",
        r"(?:n't|\bnot) (?:quite |really )?(?:a|the best) (?:match|fit)\b",
    ),
    # closed answers: "short, closed answers", "monosyllabic replies"
    (
        "conciseness",
        r"\b(?:short,? |brief,? )?(?:closed|clipped|terse|monosyllabic|one-word) (?:answers"
        r"|responses"
        r"|replies)\b",
    ),
    # a freeze in any words: "head office has frozen all external hiring"
    (
        "external_factor",
        r"\bfr(?:oze|ozen|eezing) (?:all |any )?(?:\w+ )?(?:hiring|recruitment|headcount|roles"
        r"|vacancies|hires)\b",
    ),
    # idioms for a lost answer: "round the houses", "all over the shop", "lost the plot"
    (
        "answer_structure",
        r"\bround the houses\b|\ball over the shop\b|\blost the plot\b"
        r"|\bbefore (?:finally )?landing\b"
        r"|\bnever (?:really )?landed\b",
    ),
    (
        "conciseness",
        r"\bmore (?:succinct|concise|to the point)\b|\b(?:dragg?(?:ed|ing|s)?|went) on and on\b"
        r"|\b(?:answers?|responses?|stories|replies) (?:\w+ )?dragg?(?:ed|ing)? on\b",
    ),
    # attention elsewhere: "seemed a bit checked out"
    (
        "rapport",
        r"\b(?:seemed|looked|was|were|felt|came across as) (?:\w+ ){0,2}(?:checked out|switched off"
        r"|distracted)\b",
    ),
    # questions only about terms and perks
    (
        "questions_for_interviewer",
        r"\b(?:only|just|mostly|mainly) asked about (?:the )?(?:holidays?|pay|salary|bonus|perks"
        r"|benefits|hours|leave|remote|flexible|working from home|wfh|package)\b",
    ),
)
# Topics of the same probing: basic joins, breaking a problem into parts, a matrix
# organisation, years under one's belt, skills in a domain.
_FAMILIES_TOPIC += (
    (
        "technical_depth",
        r"\b(?:basic|simple|inner|outer|left|sql) joins?\b|\bbasic (?:\w+ )?(?:query|queries"
        r"|function"
        r"|loop|syntax|concepts?)\b",
    ),
    (
        "problem_solving",
        r"\bbr(?:eak|eaking|oke|oken) (?:\w+ ){0,3}into (?:\w+ )?(?:parts|pieces|chunks|steps"
        r"|components)\b",
    ),
    (
        "experience_gap",
        r"\bmore time (?:managing|leading|in|as|running|doing)\b"
        r"|\b(?:more )?(?:hands-on|on-the-job|practical|frontline|front-line) (?:time|exposure)\b",
    ),
    (
        "role_motivation",
        r"\bfor the long haul\b|\bstay (?:in|with) (?:the )?(?:sector|industry"
        r"|profession|company)\b",
    ),
    ("adaptability", r"\bplan b\b|\bcontingency\b|\bfallback\b|\bthe pace (?:here|of change)\b"),
    # a taught lesson in a teaching interview (not "the lesson learnt")
    (
        "presentation_prep",
        r"\b(?:the|your|his|her|their|this) lesson\b(?! (?:learn|from|here|is|was that))",
    ),
    (
        "experience_gap",
        r"\b(?:hasn't|has not|haven't|have not|never) (?:yet |actually |really )?(?:worked|dealt"
        r"|been involved) (?:with|in|on)\b",
    ),
    (
        "technical_depth",
        r"\bdrafting\b|\bbookkeeping\b|\breconciliations?\b|\bunderstanding of\b"
        r"|\b(?:warehousing|modelling|modeling|architecture) concepts\b",
    ),
    (
        "presentation_prep",
        r"\b(?:in-tray|e-tray|inbox|role-?play|written) (?:exercise|task)s?\b",
    ),
    # skills in a domain: "your competences in project controlling are not sufficient"
    (
        "technical_depth",
        r"\b(?:competen(?:ce|ces|cy|cies)|proficiency|expertise) in\b",
    ),
    (
        "questions_for_interviewer",
        r"\bask(?:ed)? (?:us |me |them |the panel )?(?:more|any|some|a few) (?:\w+ )?(?:questions"
        r"|about)\b",
    ),
    # a changing environment: "thrive in a fast-changing environment"
    (
        "adaptability",
        r"\bfast[- ](?:changing|moving)\b|\b(?:changing|shifting|evolving) (?:environment"
        r"|landscape|context)\b|\bmatrix(?:ed)? (?:organi[sz]ation|structure|environment"
        r"|management)\b",
    ),
)
_FAMILIES_TOPIC += (
    # Topics learnt from the fourth writer, by family.
    (
        "specific_examples",
        r"\ba (?:particular|specific|real|concrete) (?:\w+ )?(?:class|pupil|client|customer"
        r"|patient|time|case|situation|project|instance|occasion)\b|\b(?:win|conversion|retention"
        r"|churn|close|response|success|error) rates?\b|\bkpis?\b|\bdeal (?:size|cycle)s?\b",
    ),
    ("answer_structure", r"\bup ?front\b"),
    (
        "answer_relevance",
        r"\bwhat (?:a|the) question is (?:really |actually )?(?:after|asking|getting at)\b",
    ),
    (
        "company_research",
        r"\bour (?:brands?|campaigns?|stores?|portfolio)\b|\bwhich of our\b",
    ),
    # how-to questions in the craft: "how you'd set up a maintenance plan"
    (
        "technical_depth",
        r"\bbrute[- ]force\b|\bhash ?maps?\b|\bo\(n|\bsharding\b|\bat scale\b|\bbottlenecks?\b"
        r"|\bdata model\b|\bhow (?:you|he|she|they)(?:'d| would) (?:set up|configure|build"
        r"|implement|design|deploy|architect|benchmark)\b|\btested (?:with|against) (?:any )?"
        r"(?:inputs|edge cases|data)\b|\bnever tested\b",
    ),
    # delegating, growing people, setting direction
    (
        "leadership",
        r"\bhand(?:ing)? (?:more|things|work|tasks|it) (?:over|off)\b|\bhand more over\b"
        r"|\b(?:do|does|doing|did) (?:every|all|each|the whole) (?:\w+ ){0,3}(?:yourself|himself"
        r"|herself|themselves)\b|\bgr(?:ew|ow|owing) (?:anyone|people|others|the team"
        r"|their people)\b|\bkept (?:them|the team|people) (?:going|motivated|engaged|together)\b"
        r"|\b(?:first-time|first time|new) (?:manager|team lead|leader)\b|\btold (?:people|them"
        r"|the team|everyone) what to do\b|\bwhere (?:the|our|their|his|her|your) team is"
        r" (?:heading|going)\b|\bskip-level\b",
    ),
    (
        "conflict_resolution",
        r"\bsee eye to eye\b|\b(?:won't|don't|can't|didn't|couldn't|wouldn't) (?:work together"
        r"|get on|get along)\b|\bsettl(?:e|ing) (?:it|things) between\b",
    ),
    # empathy: "how they'd be feeling", "guest recovery"
    (
        "customer_focus",
        r"\b(?:guest|customer|client|service|patient) (?:recovery|care|journey|empathy)\b"
        r"|\bhow (?:they|the (?:customer|client|guest|patient|caller|user)s?)(?:'d| would| were"
        r"| was| are| might)? (?:be )?feel(?:ing)?\b",
    ),
    (
        "adaptability",
        r"\bre-?plan\w*|\bchange course\b|\bincomplete information\b|\bwhen things are unclear\b"
        r"|\bwithout all the (?:data|information|facts)\b|\bwait(?:ed)? (?:it out|until (?:we"
        r"|they|i) had all)\b",
    ),
    (
        "ownership",
        r"\bchas(?:e|ed|ing) (?:up )?(?:blockers|issues|things|people|it|them)\b|\b(?:your|his"
        r"|her|their) (?:project|job|responsibility|area) to (?:track|own|run|manage|chase|fix"
        r"|drive)\b|\bgo(?:ing)? and find(?:ing)? out\b",
    ),
    (
        "role_motivation",
        r"\bwhat ties (?:them|it|these|those|it all|everything) together\b|\bjobs in"
        r" (?:\w+ )?years\b|\bwhere (?:she|he|you|they) wants? to (?:stay|be|go|end up)\b",
    ),
    (
        "soft_skills",
        r"\bsoft(?:er)? side\b|\bhuman side\b|\bnon-technical side\b|\bbits? that (?:aren't|isn't)"
        r" about code\b",
    ),
    (
        "communication",
        r"\b(?:review|written|meeting|briefing) notes\b|\bbriefing (?:note|paper)s?\b",
    ),
    ("questions_for_interviewer", r"\bquestions asked\b"),
    (
        "problem_solving",
        r"\bsanity[- ]check\w*|\bdouble[- ]count\w*|\b(?:issue|logic|decision) trees?\b"
        r"|\bdrew a tree\b",
    ),
)
# Families found by studying a fifth writer who never saw the rules: the constructions
# behind their wording, generalised to the whole family (not their sentences).
_MINS = r"(?:min(?:ute)?s?)"
# numbers of minutes in words as well as digits
_NUMS = rf"(?:{_NUM}|fifteen|twenty|thirty|forty|forty-five|fifty|sixty)"
_FAMILIES_WEAK += (
    # not answering the question named by its kind: "didn't answer the safeguarding
    # scenario", "hadn't engaged with the question", "answer the question they ask"
    (
        "answer_relevance",
        r"(?:(?<!could)n't|\bnot|\bnever|\bfailed to) (?:really |quite |fully |actually )?"
        r"(?:answer|address)"
        r"(?:ed)? the (?:\w+ ){1,2}(?:question|scenario|brief|prompt)\b|\banswer the question"
        r" (?:they|you|i|we|he|she|that was|being|you're|actually|as)\b|(?:n't|\bnot|\bnever)"
        r" (?:really |quite |fully )?(?:engag(?:e|ed)|grappl(?:e|ed)|dealt) with (?:the|my|our"
        r"|their|that) (?:\w+ ){0,2}question\b"
        # drifting: "most of it about X, not the Y", "started on X and ended up on Y",
        # "talked about X instead of what I'd do", "when they wanted to know Y"
        r"|\bwhen (?:we|i|they|he|she|the panel)(?:'d| had) (?:actually |specifically )?asked"
        r" (?:about|for)\b"
        r"|\bmost(?:ly)?(?: of (?:it|the|his|her|their|your)(?: \w+)?)?(?: was| were)? (?:about"
        r"|on)\b[^.;]{0,60}, not (?:the|about|on|what)\b"
        r"|\b(?:started|began|starting) (?:on|with|off)\b[^.;]{0,60}\bended up (?:on|talking"
        r"|in|at)\b|\b(?:talked|spoke|went on|focused) (?:\w+ ){0,3}about\b[^.;]{0,60}"
        r"\binstead of (?:what|how|answering)\b|\bwhen (?:they|we|i|he|she|the panel|the"
        r" interviewer) (?:really |actually )?wanted to know\b",
    ),
    # length in any words: "talked for ~10 min", "35 min in a 20 min slot", "answers on
    # governance were long", "talked almost nonstop", "blew past the time"
    (
        "conciseness",
        r"\b(?:talked|spoke|went on|spent|took|ran|lasted|rambled|talking|speaking) (?:for |to )?"
        rf"(?:like |about |around |almost |nearly |over |a good |roughly )?~?(?:{_NUMS}(?: or "
        rf"{_NUMS})? ?{_MINS}|half an hour|an hour)\b(?![^.;]{{0,30}}\b(?:ideal|perfect|fine"
        rf"|spot on|about right|just right"
        r"|well judged|well timed|nailed|excellent|great)\b)"
        rf"|\b{_NUM} ?{_MINS} (?:in|for) an? {_NUM}[- ]?{_MINS} (?:slot|presentation|window"
        rf"|session)\b|\b{_EX}\b[^.;]{{0,30}}\b(?:were|was|are|is) (?:\w+ )?(?:long|lengthy"
        r"|long-winded|over-long)\b|\bnon-?stop\b|\b(?:blew|went|ran|raced) (?:straight )?"
        r"(?:past|through|over) (?:the |my |his |her |their |your )?(?:time|slot|time limit"
        r"|allotted time)\b",
    ),
    # not having looked at the organisation: "hadn't opened their app", "weren't sure
    # what they actually sell", "did not know they are a trauma centre"
    (
        "company_research",
        r"(?:n't|\bnot|\bnever) (?:even |properly |actually )?(?:looked at|opened|used|tried"
        r"|visited|downloaded|read(?: up on)?) (?:our|their|what (?:we|they)(?:'re|'d| are| were"
        r"| do| did)?)\b|(?:\bno idea|n't know|\bnot know|n't (?:\w+ )?aware|\bnot aware"
        r"|\bunaware) (?:of )?(?:that |what |which (?:\w+ )?|whether )?(?:they|we|the (?:company"
        r"|firm"
        r"|business|trust|bank|brand|organi[sz]ation|hospital|school|hotel|store)) (?:actually "
        r"|really )?(?:existed|exist|had|have|were|are|offered|offer|sold|sell|launched|made"
        r"|make|ran|run|did|do|operate|serve|compete|provide|build)\b",
    ),
    # the winner had done it already: "preferred candidate has delivered several",
    # "someone who's already been a CEO", "someone who's carried a quota before"
    (
        "experience_gap",
        r"\b(?:someone|somebody|a candidate|candidates?|applicants?|a person) (?:who(?:'s| has"
        r"| had| have| was|'d)|with) (?:(?!intern)\w+ ){0,4}?(?:already|previously|before"
        r"|previous|prior"
        r"|minimum|at least|proven)\b(?![^.;]{0,40}\b(?:with|in|within) (?:the|our|their) team\b)"
        r"|\b(?:preferred|successful|chosen|appointed|winning"
        r"|external|other|another) (?:candidate|applicant|person|finalist)\b[^.;]{0,30}\b(?:has|had"
        r"|'s) (?:already )?"
        rf"(?:done|delivered|run|led|managed|worked|been|held|built|carried)\b|\bminimum (?:of )?"
        rf"{_NUM} (?:years?|yrs?)\b|\bat least (?:a|an|one|\d{{1,2}}) (?:full )?(?:year|yr)\b"
        r"|(?:'ve|\bhave|\bhas|\bhad) only ever \w+",
    ),
    # not knowing the craft in other words: "weren't familiar with ARIA roles"
    ("technical_depth", r"(?:n't|\bnot) (?:very |really |fully |that |too )?familiar with\b"),
    # preferring nothing to change; going back to the old way
    (
        "adaptability",
        r"\bprefers? (?:things |it |work )?(?:settled|predictable|stable|the same|routine"
        r"|as (?:they|it) (?:are|is|was|were))\b|\b(?:go(?:ing)? back to|revert(?:ed|ing)? to"
        r"|just do|stick(?:ing)? with|kept|keep|keeps) (?:using |doing |to )?(?:the|his|her"
        r"|their|your|my) (?:original|old|previous|usual|former)\b(?!-)",
    ),
    # an audience lost in any words: "lost about half the room"; thinking in silence
    (
        "communication",
        r"\blos(?:t|e|es|ing) (?:\w+ ){0,3}?(?:the room|(?:the|his|her|their|your) (?:audience"
        r"|listeners)|the class)\b|\b(?:went|go|goes|going|fell) (?:\w+ )?silent\b",
    ),
    # contempt and curtness: eye rolls, "a bit snippy", "shot down", "down on my current
    # company", "I don't like my manager's style", "management there is useless"
    (
        "attitude_professionalism",
        r"\beye[- ]?roll\w*|\broll(?:ed|ing|s)? (?:his|her|their|your|my) eyes\b|\bsnipp(?:y|ish"
        r"|iness)\b|\bsnark\w*|\btetchy\b|\bprickly\b|\bbrusque\b|\bsh(?:ot|oots?|ooting) down\b"
        r"|\b(?:down|negative) on (?:my|your|his|her|their) (?:current|previous|last|old|former)"
        r" (?:company|employer|manager|boss|team|job|firm)\b|(?:n't|\bnot) (?:really )?like"
        r" (?:my|his|her|their|your) (?:current |previous |old |last |former )?(?:manager|boss"
        r"|company|employer|team|colleagues)\b|\bmanagement\b[^.;]{0,20}\b(?:is|was|are|were)"
        r" (?:useless|hopeless|a joke|clueless|incompetent|terrible|awful|toxic)\b",
    ),
    # giving way at once when challenged: "folded immediately", "caved", "backed down"
    (
        "confidence",
        r"\b(?:folded|caved(?: in)?|buckled) (?:immediately|straight away|quickly|at once"
        r"|instantly|under|as soon|the moment|when)\b|\bbacked down\b",
    ),
    # not looking up; advice to smile
    (
        "rapport",
        r"\b(?:barely|never|rarely|hardly|didn't|did not) (?:\w+ )?look(?:ed)? up\b|\bsmile"
        r" (?:more|occasionally|sometimes|a bit more|once in a while)\b",
    ),
    # waiting to be given work in any words: "waits to be allocated tasks"
    (
        "ownership",
        r"\bwait(?:s|ed|ing)? (?:\w+ )?(?:to be|until) (?:told|allocated|given|assigned|asked"
        r"|directed|instructed)\b",
    ),
    # a feel for the person not got: "didn't quite get a feel for you"
    (
        "culture_fit",
        r"(?:n't|\bnot) (?:quite |really )?get (?:a |much of a )?(?:real |good |proper )?(?:feel"
        r"|sense|read) (?:for|of) (?:you|him|her|them)\b",
    ),
    # talking oneself down
    (
        "confidence",
        r"\b(?:talk|talked|talking|talks|put|putting|puts|sell|selling|sold) (?:yourself|himself"
        r"|herself|themselves|myself) down\b",
    ),
    # customers left waiting: "kept the client waiting without updates"
    (
        "customer_focus",
        rf"\b(?:kept|keep|keeps|keeping|left|leaving|leaves) (?:the |a |their |his |her |your )?"
        rf"{_CUSTOMER} (?:waiting|hanging|in the dark|without (?:an? )?(?:update|reply|answer"
        r"|call)s?)\b",
    ),
    # a pause said after its subject: "hiring has been paused company-wide"
    (
        "external_factor",
        r"\b(?:hiring|recruitment|recruiting|headcount|the (?:role|vacancy|position|search|req))\b"
        r"[^.;]{0,20}\b(?:has been|have been|is|was|been|are|were) (?:\w+ )?(?:paused|frozen"
        r"|halted|suspended|put on hold|shelved|scrapped|cancelled|withdrawn)\b",
    ),
    # losing interest; getting tangled up; going over someone's head; a slow start
    ("rapport", r"\blos(?:e|es|t|ing) (?:all )?interest\b"),
    ("communication", r"\b(?:got|get|gets|getting) (?:\w+ )?(?:tangled|tied) up\b"),
    (
        "conflict_resolution",
        r"\b(?:go|goes|going|went|gone) over (?:his|her|their|your|my|the) (?:\w+(?:'s)? )?head\b",
    ),
    (
        "conciseness",
        r"\btook (?:a while|ages|too long|a long time) to (?:get (?:going|started|to the point)"
        r"|warm up)\b",
    ),
    # an answer that left the question: "went off on one ... instead of the question"
    (
        "answer_relevance",
        r"\binstead of (?:answering )?(?:the|my|our|their) (?:actual )?question\b|\bwent off on"
        r" (?:one|a tangent)\b",
    ),
    # "kept saying the team"
    ("ownership", r"\b(?:kept|keep|keeps) (?:saying|using) '?(?:we|the team|our team|us)\b"),
    # not reflecting, intransitively: "gets defensive and doesn't reflect"
    (
        "learning_from_failure",
        r"\b(?:doesn't|didn't|don't|never|not|rarely) reflect\b(?! (?:the|their|our|his|her|your"
        r"|what|any|how|well)\b)",
    ),
    # the customer put second: "put process ahead of the patient's needs"
    (
        "customer_focus",
        rf"\b(?:put|puts|putting) (?:\w+ ){{1,3}}(?:ahead of|before|above) (?:the |their )?"
        rf"{_CUSTOMER}",
    ),
    # customers treated as a nuisance
    (
        "customer_focus",
        rf"\b(?:{_CUSTOMER}|(?:customer |client |patient |guest |caller )?complaints?) as "
        r"(?:an? |just |mere )?(?:annoyance|nuisance"
        r"|inconvenience|burden|distraction|interruption|ticket numbers?|numbers)\b",
    ),
    # a stated pay ask: "wants 38k"
    (
        "salary_expectations",
        r"\b(?:wants?|wanted|asking|asked for|expects?|expecting|looking for) (?:£|\$|€)?\d{2,3}"
        r"(?:k|,000)\b(?![^.;]{0,20}\b(?:fits|within|in line|matches))",
    ),
    # a strong field in other words: "calibre of applicants was extremely high", "record
    # number of applications", "competition was exceptionally strong"
    (
        "external_factor",
        r"\b(?:competition|the field|the shortlist|the pool|calibre of (?:the )?(?:applicants"
        r"|candidates|field)|standard of (?:the )?(?:applicants|candidates))\b[^.;]{0,30}"
        r"\b(?:was|were|is|has been) (?:\w+ )?(?:strong|high|tough|fierce|stiff|intense"
        r"|competitive)\b|\brecord (?:number|level) of (?:applications|applicants|interest"
        r"|candidates)\b",
    ),
    # the point reached late or out of order: "only got to what you did in the last thirty
    # seconds", "the outcome only emerged when probed", "couldn't keep track", "put it in
    # order"
    (
        "answer_structure",
        r"(?:n't|\bnot|\bhard to|\bdifficult to) keep track\b|\b(?:put (?:it|them|things|this)"
        r" in|in the wrong|out of) order\b|\bonly (?:got|get|gets|came|come|comes) (?:round "
        r"|around )?to\b|\bonly (?:emerged|surfaced|appeared|came out)\b",
    ),
)
_FAMILIES_TOPIC += (
    (
        "experience_gap",
        r"\b\d{1,2} ?yrs?\b|\bnewly (?:qualified|promoted|appointed)\b|\bpost-?qualif\w*",
    ),
    # the craft's vocabulary: data systems, regulation, accessibility, budgets
    (
        "technical_depth",
        r"\bshard\w*|\bpartition\w*|\bcach(?:e|es|ing)\b|\breplica\w*|\blatency\b|\bthroughput\b"
        r"|\bconcurrency\b|\bmicroservices?\b|\bschemas?\b|\bload[- ]balanc\w*|\bregulatory\b"
        r"|\bcompliance\b|\baccessibility\b|\bmanag(?:e|ing) (?:the |a )?(?:\w+ )?budget\b",
    ),
    # growing people and working through them: "developed someone", "bringing on your
    # team leaders", "results through other people", "as a manager", "doing it yourself"
    (
        "leadership",
        r"\bdevelop(?:ed|ing|s)? (?:someone|somebody|them|your (?:\w+ )?(?:team|staff|people"
        r"|reports)|team leaders?)\b|\bbring(?:ing)? on (?:your|the|his|her|their|junior|new)"
        r" \w+|\b(?:results|things done|work done) through (?:other people|others|people|the"
        r" team|your team)\b|\bas a (?:manager|leader|team lead(?:er)?|supervisor|line manager)\b"
        r"|\bget (?:your|his|her|their|the) (?:team|lads|crew|staff|people|reports) to\b"
        r"|\b(?:your|his|her|their) (?:team|crew|staff|reports) needs?\b|\b(?:fix|fixing|fixed"
        r"|do|doing|did|cover|covering|covered|tak(?:e|ing)|took) (?:over )?(?:\w+ )"
        r"{0,4}(?:himself|herself|themselves|yourself)\b",
    ),
    # change in any words: "cope with the amount of change", "the new system", "new cost
    # data halfway through", "fold it into your analysis", "things will keep changing"
    (
        "adaptability",
        r"\b(?:cope|coping|deal|dealing|handle|handling|manage|managing|adjust\w*) (?:with|to)"
        r" (?:\w+ ){0,3}changes?\b|\b(?:procedures?|processes|plans?|rules|priorities|systems?"
        r"|requirements|things) (?:change|changed|changing|shift|shifted|shifting)\b|\b(?:amount"
        r"|pace|level|rate|volume) of change\b|\b(?:keep"
        r"|keeps) (?:changing|evolving|shifting)\b|\bchanges like (?:this|that|these)\b|\b(?:the"
        r"|a) new (?:system|process|format|rota|tool|software|platform|structure|ways? of"
        r" working|workflow)\b|\b(?:new|extra|additional|updated|changed|fresh) (?:\w+ )?(?:data"
        r"|information|requirements|constraints|facts)\b|\b(?:fold|incorporat\w*|integrat\w*"
        r"|factor|build) (?:\w+ ){0,2}into (?:your|his|her|their|the) (?:analysis|plan|answer"
        r"|approach|thinking|model)\b|\bget(?:ting)? to grips with\b",
    ),
    # weighing options: alternatives, prioritising, what lay behind a change
    (
        "problem_solving",
        r"\balternatives (?:\w+ )?(?:considered|explored|weighed)\b|\b(?:test|consider|explor"
        r"|weigh)"
        r"\w* (?:any |other |the )?alternatives\b|\boptions (?:\w+ )?considered\b"
        r"|\bprioriti[sz](?:e|ed|ing|ation)\b|\bweigh(?:ed|ing|s)? (?:them|it|up|the (?:risks"
        r"|options|pros))\b|\bequally (?:urgent|important)\b|\bwhat(?:'s| was| is| were)"
        r" (?:behind|driving|causing)\b|\b(?:first|only) explanation\b"
        r"|\bsiz(?:e|ed|ing) (?:them|it|the)\b|\bwhy (?:that|this) one\b|\bjustif\w*"
        r"|\b(?:left|leave|leaving) (?:\w+ ){0,6}(?:till|until|to the) last\b",
    ),
    # mistakes and reflection in other words: "an error he'd made", "approach differently",
    # "reflective practice", "post-incident review", "the failed ERP migration"
    (
        "learning_from_failure",
        r"\b(?:an?|the) (?:error|mistake|misjudge?ment) (?:\w+(?:'d| had| has| have) )?made\b"
        r"|\bmade an? (?:error|mistake|misjudge?ment|bad call)\b|\bgot (?:it|something|things)"
        r" wrong\b|\bmessed up\b|\b(?:do|approach|handle|tackle|run|manage) (?:\w+ ){0,3}"
        r"differently\b|\breflective (?:practice|question|account|practitioner)\b"
        r"|\bself-reflection\b|\bpost-?incident\b|\bincident review\b|\bfollow-?up actions?\b"
        r"|\bfailed (?:\w+ )?(?:project|migration|launch|rollout|implementation|initiative|deal"
        r"|bid|product|campaign)\b",
    ),
    # the candidate's own questions, by other names: "Candidate questions: none",
    # "offered the floor", "forgot to ask them anything"
    (
        "questions_for_interviewer",
        r"\b(?:candidate|candidate's|your own|own|his own|her own) questions\b|\b(?:invited|asked"
        r" for|offered|opportunity for|chance to ask) (?:any )?(?:\w+ )?questions\b|\b"
        r"(?:offered"
        r"|given|handed|had|got) (?:\w+ ){0,2}the floor\b|\bask(?:ed)? (?:them |us |me |the"
        r" panel |the interviewers? )?anything\b",
    ),
    # explaining as you go: "narrate it", "went silent", "technical language", "no checking
    # of understanding"
    (
        "communication",
        r"\bnarrat(?:e|ed|ing)\b|\bthink(?:ing)? (?:out loud|aloud)\b"
        r"|\b(?:technical|plain|simple|everyday|complex|accessible) language\b|\btalk(?:ed|ing)?"
        r" (?:me|us|them|the panel) through\b|\bcheck(?:ing|s)? (?:of |for )understanding\b",
    ),
    # a quarrel named by its heat: "got heated", "fell out", "a shouting match"
    (
        "conflict_resolution",
        r"\bheated\b|\bf[ae]ll(?:ing)? out\b|\bshouting match\b|\bde-?escalat\w*|\bthe row\b"
        r"|\bargument\b(?! there)|\b(?:calm|calming|calmed|cool|cooling|cooled) (?:it|things|the"
        r" situation|them|the row|the argument) down\b|\bdefus\w*",
    ),
    # a person's own part named with its subject: "what she herself contributed"
    (
        "ownership",
        r"\bwhat (?:he|she|they) (?:himself |herself |themselves |personally |actually )?"
        r"(?:did|achieved|contributed|delivered|owned|drove)\b",
    ),
    (
        "ownership",
        r"\bwithout being (?:prompted|told|chased|reminded)\b|\bclos(?:e|ing) (?:the"
        r"|those|these) loops?\b|\bchasing (?:you|him|her|them)\b",
    ),
    (
        "stakeholder_management",
        r"\bre-?set(?:ting)? (?:\w+ ){0,2}expectations\b|\b(?:client|stakeholder|supplier|vendor"
        r"|partner) (?:management|relations(?:hips?)?)\b",
    ),
    # working with named colleagues: "how I work with PMs and designers", "didn't build on
    # anyone else's suggestions"
    (
        "teamwork",
        r"\bbuil(?:d|t|ding) on (?:anyone|others|other people|someone|each other|colleagues)"
        r"(?:'s| else's)?\b|\bwork(?:s|ed|ing)? (?:well )?(?:with|alongside) (?:\w+ ){0,2}"
        r"(?:teachers?|colleagues|peers|designers|engineers|pms|developers|nurses|doctors"
        r"|analysts|team ?mates)\b",
    ),
    ("customer_focus", r"\bguests?(?:'s?)?\b|\bprospects?\b"),
    # why this line of work: "'why banking'", "why audit rather than consulting", "why I
    # am switching", "will leave soon"
    (
        "role_motivation",
        r"['\"]why (?!us\b|this\b|here\b|me\b)[a-z]+['\"?]|\bwhy [a-z]+ rather than\b|\bwhy (?:i"
        r"|you|he|she|they) (?:am|is"
        r"|are|'m|'re|'s) (?:switching|moving|changing|leaving|looking)\b|\bswitching (?:after"
        r"|jobs|roles|careers)\b|\bleave (?:\w+ ){0,2}(?:soon|quickly|early)\b",
    ),
    # moved goalposts; how the organisation works; one's own practice; years in words
    ("adaptability", r"\b(?:moved|moving|move|shifted|changed) the goal ?posts\b"),
    ("company_research", r"\bhow (?:our|their|the company's) (?:\w+ ){1,2}works\b"),
    ("specific_examples", r"\b(?:your|his|her|their|my) own (?:practice|examples?|work)\b"),
    (
        "experience_gap",
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten) years? (?:in post|in (?:the|a)"
        r" role|as (?:a|an)|of)\b",
    ),
    (
        "culture_fit",
        r"\bmesh(?:ed)? with\b|\bslot (?:in(?:to)?|with)\b|\bfit in(?:to)? (?:the |our )?team\b",
    ),
    # people reporting in, sign-off from senior people, pinning down, measuring success
    (
        "leadership",
        r"\b(?:anyone|people|nobody|no one|staff) report(?:ing|ed)? (?:in )?to\b|\b(?:brought"
        r"|bring|bringing|take|took|taking) (?:the|your|his|her|their) team (?:with|along)\b",
    ),
    (
        "stakeholder_management",
        r"\bfrom (?:finance|legal|procurement|sales|marketing|hr|the board|senior leaders?"
        r"|senior management|operations)\b",
    ),
    ("questions_for_interviewer", r"\bq ?& ?a at (?:the )?end\b|\bquestions at end\b"),
    (
        "stakeholder_management",
        r"\bsign(?:ed|ing)?[- ]off\b|\b(?:get|got|getting) (?:the |a |your |his |her )?(?:\w+ )?"
        r"(?:director|board|sponsor|ceo|cfo|executives?|leadership|partners?)s? to\b",
    ),
    (
        "specific_examples",
        r"\bpin(?:ned)? (?:\w+ )?down\b|\bmeasur(?:e|ed|ing) (?:\w+ )?success\b|\bsuccess"
        r" (?:metrics|measures|criteria)\b",
    ),
    # what the work changed: "what it changed for the business", "in hard terms"
    (
        "specific_examples",
        r"\bwhat (?:it|that|this|the \w+) (?:changed|achieved|delivered|meant) (?:for|to)\b"
        r"|\bin hard terms\b|\bhard (?:numbers|figures)\b",
    ),
    # an exercise left unfinished: "the data task", "a portfolio walkthrough", "when the
    # minutes were up"
    (
        "presentation_prep",
        r"\b(?:data|excel|spreadsheet) (?:task|exercise)\b"
        r"|\bportfolio (?:walk-?through|review|presentation)\b|\b(?:time"
        r"|minutes) (?:was|were) up\b",
    ),
    # reading up on the organisation: "read more about the trust", "a quick read-up"
    (
        "company_research",
        r"\bread(?:-| )up\b|\bread (?:more |up )?(?:about|on) (?:the|their|our|them)\b"
        r"|\bwhat (?:\w+ )?(?:actually |really )?sells?\b|\btheir (?:\w+ )?(?:brands?|products?"
        r"|services|stores|markets|apps?|competitors)\b|\bour (?:trust|hospital|school|firm"
        r"|bank|company|organi[sz]ation|brand|charity|council|hotel)(?:'s)?\b|\b(?:in|about|of) the"
        r" (?:company|firm|organi[sz]ation|hospital|trust|school|bank|business|charity|brand"
        r"|hotel|store) itself\b",
    ),
)
_FAMILIES_WEAK += (
    # knowledge missing, named by its kind: "wasn't aware of the new HACCP rules", "didn't
    # know what a P&L was", "confused accruals with prepayments", "no mention of the
    # missing-from-care protocol"
    (
        "technical_depth",
        r"\b(?:(?:wasn't|was not|weren't|were not|not) |un)aware of (?:the |any )?"
        r"(?:[\w&]+[ -]){0,3}?"
        r"(?:rules?|regulations?|legislation|law|act|guidance|standards?|protocols?|procedures?"
        r"|polic(?:y|ies)|requirements?|codes?)\b"
        r"|\b(?:didn't|did not|doesn't|does not|couldn't|could not) (?:know|say|explain) what"
        r" (?:a|an) [\w&-]+(?: [\w&-]+)? (?:was|is|means|meant|does|did)\b"
        r"|\b(?:confused|mixed up|muddled(?: up)?) (?!(?:the )?(?:panel|interviewers?|them|us"
        r"|me|him|her|everyone|people|room|listeners|audience|client|customer|our|their|its"
        r"|your)\b)[\w&-]+"
        r"(?: [\w&-]+){0,2} (?:with|and) [\w&-]+"
        r"|\b(?:no mention of|(?:didn't|did not|never|forgot to) mention) (?:the |any |an? )?"
        r"(?:[\w&]+[ -]){0,3}?(?:protocol|procedure|policy|form|checklist|regulations?|guidance"
        r"|process)\b",
    ),
    # running down a boss, a former employer or colleagues: "had a pop at her old manager",
    # "how unfair your boss was", "spoke scathingly about employers", "had it in for you"
    (
        "attitude_professionalism",
        r"\b(?:had a (?:pop|go|dig|moan) at|(?:moan|complain|whing)(?:ed|ing|es|e)? about"
        r"|ran down|run(?:ning|s)? down|(?:spoke|talked|was|were) (?:quite |very |pretty "
        r"|rather )?(?:scathing(?:ly)?|bitter(?:ly)?|disparaging(?:ly)?) (?:about|of)) "
        r"(?:\w+ ){0,2}?"
        r"(?:manager|boss|employer|colleague|team|director|ceo|cto|supervisor|company|firm)s?\b"
        r"|\bhow (?:unfair|awful|terrible|useless|bad|badly) (?:\w+ ){0,3}?(?:manager|boss"
        r"|employer|colleague|director|ceo|supervisor)s?\b|\bhad it in for (?:you|him|her|me"
        r"|them)\b|\ba nightmare to work for\b",
    ),
    # unsure what the person wants, or whether they would stay: "not really sure what I
    # want", "we weren't sure you'd stay"
    (
        "role_motivation",
        r"(?:n't|\bnot|\bun)(?: really| quite| entirely| totally)? ?(?:sure|clear|certain)"
        r" (?:what (?:i|you|he|she) (?:really |actually )?wants?(?:ed)?\b"
        r"(?! (?:from|in) (?:the|this|that|a|an|your|my|our|their) (?:answer|question|case|task"
        r"|exercise|brief|presentation)\b)"
        r"|(?:whether |if |that )?(?:you|he|she|they|i)(?:'d| would| will|'ll)"
        r" (?:stay|stick (?:it out|around|with it))\b)"
        r"|\bdoubt(?:ed|s)? (?:whether |if |that )?(?:you|he|she|they)(?:'d| would| will|'ll)"
        r" (?:stay|stick (?:it out|around|with it))\b",
    ),
    # not checking before acting: "didn't think to check the prox sensor"
    (
        "problem_solving",
        r"\b(?:didn't|did not|never) (?:think|stop) to (?:check|ask|test|look|verify"
        r"|investigate|question)\b",
    ),
)
_FAMILIES_WEAK += (
    # answers called long in a word: "answers generally long", "responses a bit long"
    (
        "conciseness",
        r"\b(?:answers?|responses?) (?:were |was |are |is )?(?:generally|often|usually|mostly"
        r"|all|a bit|a little|quite|rather|too|very|overly|sometimes) (?:too )?long\b"
        r"(?! enough)",
    ),
    # the pay asked for against the pay on offer: "the gap between your ask and our range"
    (
        "salary_expectations",
        r"\b(?:your|his|her|their|my) (?:salary |pay |rate )?ask\b(?= (?:and|was|is|vs|versus"
        r"|against|compared|sits|sat|being|of)\b)",
    ),
    ("answer_relevance", r"\bthe wrong end of (?:the stick|it|the question)\b"),
    # an unexplained doubt about the person: "not sure about him"
    (
        "culture_fit",
        r"(?:^|(?<=[.;:!?\n-])|(?<=[.;:!?\n-] ))(?:i'm |we're |i was |we were |still )?not"
        r" (?:quite |really )?sure about (?:him|her|them)\b(?! (?:for|as|in|on|at|with)\b)",
    ),
)
_FAMILIES_TOPIC += (
    # "a bit more property management under their belt"
    ("experience_gap", r"\bunder (?:his|her|their|your|my|our) belts?\b"),
)
_MONEY = r"(?:[£$€]\s?)?\d[\d,.]*\s?k?\b"
_FAMILIES_WEAK += (
    # the pay asked for against a ceiling: "14k vs budget 11k", "our ceiling is 150",
    # "capped at 150 for the role", "we budgeted £1,200", "can only go to M6"
    (
        "salary_expectations",
        rf"\b(?:vs\.?|versus|against|above|over) (?:our |the |their |a |your )?(?:budget|ceiling"
        rf"|cap|band|range)(?: of| is| was)? {_MONEY}"
        rf"|\b(?:our|the|their|its) (?:salary |pay |comp |rate )?(?:ceiling|cap|max|maximum)"
        rf" (?:for (?:the|this) (?:role|post|job|position) )?(?:is|was|of|at) {_MONEY}"
        rf"|\b(?:capped|budgeted|maxed out)(?: it)? (?:at |for |to )?{_MONEY}"
        r"|\bcan only (?:go|stretch|offer|pay) (?:up )?to (?:[£$€]\s?)?[a-z]{0,3}\d"
        r"|\bthe (?:comp|pay|salary|rate|money) gap\b",
    ),
    # no questions at the end: "asked 0 questions", "questions at the end: none"
    (
        "questions_for_interviewer",
        r"\basked (?:0|zero|no|nil) questions\b|\bquestions (?:asked|at (?:the )?end)\s?[:-]"
        r"\s?(?:none|0|nil|nothing|n/a)\b",
    ),
    # only a means of income: "it's just a job for now"
    (
        "role_motivation",
        r"\b(?:just|only|simply|merely) a job\b(?! (?:title|description|spec|offer|advert|ad"
        r"|board|posting|role))|\bbeyond ['\"]?it'?s a job\b",
    ),
    # waiting for others to act: "she'd wait for leadership to decide", "let the PM handle
    # it", "'we' the whole way through"
    (
        "ownership",
        r"(?<!we are )(?<!we're )(?<!i'm )(?<!i am )(?<!still )(?<!currently )(?<!now )"
        r"\bwait(?:ed|ing|s)? for (?:leadership|management|the (?:manager|boss|team|client"
        r"|business)|someone(?: else)?|others|(?:his|her|their|my|your) (?:manager|boss|lead"
        r"|supervisor)) to (?:decide|tell|act|sort|fix|ask|step in|make)\b"
        r"|\blet (?:the|his|her|their|my|your) (?:[\w-]+ )?(?:pm|manager|boss|lead|team"
        r"|supervisor|colleague|client) (?:handle|deal with|sort|fix|own) (?:it|that|this)\b"
        r"|['\"]we['\"] (?:the whole way(?: through)?|throughout|all the way(?: through)?"
        r"|the entire time|all the time)\b",
    ),
    # blame put elsewhere: "put it all down to the sales tool", "attributed both to flaky
    # infra", "that was the board's fault"
    (
        "learning_from_failure",
        r"\b(?:put|puts|putting|pinned|pinning|pins) (?:it|that|this|the \w+|both|them)"
        r" (?:all )?(?:down to|on) (?:the|a|an|their|his|her|other|another)\b"
        r"|\battribut(?:ed|es|ing) (?:it|that|this|both|them|(?:the|her|his|their) [\w-]+)"
        r"(?: [\w-]+)? (?:entirely |solely |largely |wholly )?to (?:the|a|an|other|another"
        r"|['\"])"
        r"|\b(?:was|were|it's|that's|is) (?:all )?(?:the \w+'s|their|(?:his|her|my) (?:team|"
        r"manager|boss)'s) fault\b",
    ),
    # an answer that took too long, by the clock: "went 10 min over", "took forever"
    (
        "conciseness",
        r"\bwent (?:\d+|a few|two|three|five|ten|fifteen|twenty) ?(?:min(?:ute)?s?|mins?)"
        r" over\b|\b(?:answer|story|intro|introduction|example|explanation|response|it)s?"
        r"(?: (?:about|on)(?: [\w-]+){1,3}?)? took (?:forever|ages|an age)\b"
        r"|\b(?:every|each) answer (?:was )?an essay\b"
        r"|(?<!interview )(?<!call )(?<!meeting )(?<!day )(?<!session )\bwent on (?:a bit|a little"
        r"|and on|for ages|too long)\b(?! longer than)",
    ),
    # the job went to someone already there: "gone with someone already in the business"
    (
        "external_factor",
        r"\b(?:someone|somebody|a candidate|a person|an applicant|one) (?:who's |who is |who was"
        r" )?already (?:in|within|inside|at) the (?:business|company|firm|organi[sz]ation"
        r"|team|school|trust|practice|council|department)\b",
    ),
    # a lone worker: "works better alone", "cast you as the lone fixer"
    (
        "teamwork",
        r"\bworks? (?:better|best) (?:alone|solo|on (?:my|his|her|their|your) own)\b"
        r"|\blone (?:wolf|fixer|ranger|hero|operator)\b",
    ),
    # past colleagues named with a quoted label: "described the previous board as
    # 'dinosaurs'", "dismissed the dev team as 'slow'"
    (
        "attitude_professionalism",
        r"\b(?:described|called|dismissed|labell?ed|referred to|branded) (?:his|her|their|your"
        r"|my|the|our)? ?(?:old |former |previous |current |last |whole )?(?:[\w-]+ )?(?:team"
        r"|board|boss|manager|colleagues?|employer|department|staff|predecessor"
        r"|management)s? (?:as )?['\"]"
        r"|\bwaved (?:it|that|this|them|the \w+(?: \w+)?) (?:off|away)\b|\bwaved off\b"
        r"|\bsnide\b",
    ),
    # no evidence behind a claim: "no e.g.", "Need evidence", "nothing behind it"
    (
        "specific_examples",
        r"\bno e\.?g\b|\b(?:need|needs|needed) (?:more |some |real )?evidence\b"
        r"(?! of (?:your |the )?"
        r"(?:right|eligibility|identity|id|address|qualifications?|insurance|status|dbs)\b)"
        r"|\bnothing (?:behind|to back (?:it|that|them) up)\b"
        r"|\bnever landed (?:on )?(?:a |the |any )?(?:result|number|outcome|figure|metric)s?\b",
    ),
    # blame in a story of something that went wrong: "asked about a near-miss, he blamed
    # the deckhand"
    (
        "learning_from_failure",
        r"\b(?:mistakes?|went (?:wrong|sideways|badly)|failures?|failed|near[- ]miss|outage"
        r"|incident|missed|didn't (?:hit|work|go)|cancelled|errors?|deviation|callback"
        r"|overspent|overran|fell (?:through|over))\b[^.;!?]{0,80}?\bblam(?:ed|ing|es)\b",
    ),
    # thrown by a change: "got rattled when the brief changed", "froze at the curveball"
    (
        "adaptability",
        r"\b(?:froze|frozen|freez(?:e|es|ing)|rattled|flustered|thrown|wobbled|flapped"
        r"|floundered)\b[^.;!?]{0,60}?\b(?:curve ?ball|chang(?:e|ed|es|ing)|switch(?:ed|es)?"
        r"|shift(?:ed|s)?|new (?:info|information|brief|requirement)|moved the goalposts"
        r"|twist)\b"
        r"|\b(?:curve ?ball|chang(?:e|ed|es|ing)|switch(?:ed|es)?|shift(?:ed|s)?|twist"
        r"|moved the goalposts)\b[^.;!?]{0,60}?\b(?:froze|frozen|rattled|flustered|thrown"
        r"|wobbled|flapped|floundered)\b",
    ),
    # where the person is or will not go, and a language short of the role: "was clear she
    # wouldn't move", "would only consider roles in London", "they'd need you in Rotterdam
    # four days a week", "German only conversational"
    (
        "language_or_location",
        r"\b(?:wouldn't|won't|would not|will not|didn't want to|doesn't want to|unwilling to"
        r"|not (?:willing|prepared|able|keen) to) move(?=\s*(?:[.,;!?)]|$|to |from |away|house"
        r"|cit|countr|north|south|east|west|abroad|over|back))"
        r"|\bonly (?:consider|look at|be interested in|interested in|open to) (?:roles?|jobs?"
        r"|positions?|work|opportunities) (?:in|near|around|based in|close to)\b"
        r"|\bneed (?:you|him|her|them|someone|people) (?:in|at|on site in|based in) [\w-]+"
        r"(?: [\w-]+)? (?:\d|one|two|three|four|five|most|every|several) (?:days?|times?)\b"
        r"|\bwould (?:need|have) to (?:fly|travel|commute) in\b"
        r"|\btime ?zones?(?: reasons| difference| overlap| gap)\b"
        r"|\b(?:german|french|spanish|dutch|arabic|mandarin|cantonese|japanese|italian"
        r"|portuguese|polish|welsh|english|korean|hindi|russian|swedish|norwegian|danish"
        r"|finnish|turkish|czech|greek|hebrew)(?: (?:is|was|at|level|skills))*"
        r" (?:(?:only|just|still|too|a bit|quite|fairly|rather) (?:conversational|basic"
        r"|intermediate|b1|b2|a2)|rusty|limited)\b"
        r"|\bfluen(?:cy|t) in [a-z]+ (?:was|is) (?:a |an )?(?:preferred |essential |key "
        r"|desirable |core )?(?:requirement|must|essential)\b",
    ),
    # the role or the intake, not the person: "req pulled", "a reduction in our graduate
    # intake", "the person appointed scored higher"
    (
        "external_factor",
        r"\breduc(?:tion|ed|ing) (?:in|to|of) (?:our |the |their )?(?:[\w-]+ )?(?:intake"
        r"|headcount|places|vacancies|hiring|cohort)\b"
        r"|\b(?:req|requisition|vacancy)s? (?:has been |was |been |got |is )?(?:pulled|withdrawn"
        r"|closed|cancelled|frozen|on hold)\b"
        r"|\b(?:person|candidate|applicant|one) (?:we )?(?:appointed|selected|chosen|hired)"
        r" (?:\w+ ){0,3}?(?:scored|was|were|came (?:out|across)) (?:a (?:bit|little) |slightly "
        r"|just )?(?:higher|stronger|better)\b"
        r"|\bclose (?:the|this) (?:position|role|vacancy|post) internally\b",
    ),
    # short of what the role asked, by years or by having done it: "relevant exp only 1.5
    # yrs", "hasn't managed freelancers before", "zero startup exposure", "the successful
    # candidates all had some critical care exposure"
    (
        "experience_gap",
        r"\b(?:relevant )?exp(?:erience)?\.? (?:only|just) [\d.]+ ?(?:yrs?|years?)\b"
        r"|\b(?:hasn't|has not|haven't|have not|hadn't|had not|never) (?:yet |actually )?"
        r"(?:managed|led|run|held|built|worked (?:in|with|on)|done)\b"
        r"(?! (?:a |an |the |this |that )?"
        r"(?:[\w-]+ )?(?:interview|assessment|test|presentation|exercise|process)s?\b)"
        r"[^.;!?]{0,40}?\bbefore\b"
        r"|\b(?:zero|no|little|limited|minimal) (?:[\w/-]+ ){0,2}?exposure\b"
        r"|\b(?:successful|appointed|chosen|selected) (?:candidate|applicant|person)s?"
        r" (?:all |both )?(?:had|has|came with)\b(?! (?:a |an )?(?:better|stronger|clearer"
        r"|sharper|more specific)\b)",
    ),
    # why the role, left unsaid: "never said why rail", "couldn't say why hospitality"
    (
        "role_motivation",
        r"\b(?:never|didn't|did not|couldn't|could not|can't|cannot|wasn't able to) (?:really )?"
        r"(?:say|said|explain|explained|tell us|told us|articulate|articulated) why"
        r" (?!(?:you|he|she|they|i|we|the|that|this|it|a|an|your|his|her|their|my|our|there"
        r"|things?|not|beyond|exactly|so|either|though|over|instead)\b)[a-z]+\b"
        r"(?! (?:over|rather|instead|vs|versus|and not)\b)",
    ),
    # the company not looked up: "mixed us up with a competitor", "forgot to look up their
    # offshore wind project", "worth reading our values page"
    (
        "company_research",
        r"\b(?:mixed|muddled) us up\b|\bconfused us with\b|\breferred to us as (?:a |an )?['\"]"
        r"|\b(?:forgot|didn't bother|neglected|failed) to (?:look (?:up|into|at)|read up on"
        r"|research|check out)\b"
        r"|\bworth (?:reading|looking at|having a look at|a look at|checking|browsing)\b"
        r"[^.;!?]{0,40}?\b(?:our|their|the company's) (?:website|values|site|annual report"
        r"|strategy|plan|news|blog|careers page|about page)\b",
    ),
    # the team's signs of poor leading: "staff turnover the highest in the group", "1:1s
    # frequently cancelled", "announced rather than discussed", "little direction from her"
    (
        "leadership",
        r"\b(?:(?:staff|team|people|employee|site|store|engineering) turnover|attrition)\b"
        r"[^.;!?]{0,40}?\b(?:highest|high|higher|rising|rose|increased|warrants|concern"
        r"|above|doubled)\b"
        r"|\b1[:-]1s? (?:are |were |have been |get |got )?(?:often |frequently |regularly "
        r"|sometimes |repeatedly )?(?:cancell?ed|skipped|dropped)\b"
        r"|\bannounced rather than (?:discussed|consulted on|agreed)\b"
        r"|\b(?:little|no|limited|unclear) (?:direction|guidance|coaching) from (?:him|her"
        r"|them|you)\b",
    ),
    # people with a stake told late or not asked: "asked to be consulted earlier", "heard
    # about timeline changes late and second-hand", "rarely pushes back on deadlines"
    (
        "stakeholder_management",
        r"\b(?:asked|want|wants|wanted|would like|'d like) to be (?:consulted|involved|informed"
        r"|kept informed|told|looped in|brought in) (?:much |a lot |a bit )?(?:earlier|sooner"
        r"|more|in advance)\b"
        r"|\bheard about [^.;!?]{0,40}?\b(?:late|second-?hand|too late|after the fact)\b"
        r"|\b(?:rarely|never|seldom|doesn't|does not|didn't|did not|won't|reluctant to"
        r"|no sense of) (?:really )?push(?:es|ing)? back\b"
        r"|\bpush(?:ing)? back on (?:unrealistic|impossible|tight) (?:deadlines|timelines"
        r"|targets|requests)\b",
    ),
    # the customer rushed, or left out: "rushes callers off the line", "never said who'd
    # use it", "customer complaints rose"
    (
        "customer_focus",
        r"\brush(?:es|ed|ing)? (?:the )?(?:callers?|customers?|patients?|clients?|guests?"
        r"|users?|residents?)\b"
        r"|\b(?:never|didn't|did not|no (?:idea|sense) of) (?:\w+ ){0,2}?who(?:'d| would"
        r"| will)? (?:actually )?use (?:it|this|the (?:product|feature|app|tool|service))\b"
        r"|\b(?:customer|client|patient|guest|user|resident) complaints? (?:\w+ ){0,4}?(?:rose"
        r"|increased|went up|doubled|have risen|risen)\b",
    ),
    # working apart from the team: "reluctant to share these across the department",
    # "saw them as obstacles", "invisible in stand-ups"
    (
        "teamwork",
        r"\breluctant to share (?:\w+ ){0,2}?(?:knowledge|work|ideas|information|updates|templates"
        r"|credit|code|files|these|them|resources|learning|progress|plans)\b"
        r"|\b(?:saw|see|sees|treated|treat|treats) (?:them|the team"
        r"|colleagues|others|other teams?|the (?:\w+ )?team) as (?:obstacles|the enemy"
        r"|competition|rivals|a hindrance|in the way)\b"
        r"|\binvisible in (?:stand-?ups|meetings|the team|team meetings)\b",
    ),
    # the craft's workings wrong or shaky: "the load combinations were wrong", "the MRP
    # calculation had a few errors", "fuzzy on LTIP design", "knowledge v thin"
    (
        "technical_depth",
        r"\b(?:calculations?|sums|maths|math|formulas?|formulae|workings|combinations"
        r"|estimates|costings?|code|query|queries|sql|syntax)\b (?:\w+ ){0,3}?(?:were|was|had"
        r"|contained) (?:a few |some |several |many |basic |a couple of )?(?:wrong|errors?"
        r"|mistakes|incorrect|bugs)\b"
        r"|\b(?:fuzzy|shaky|hazy|wobbly|sketchy|rusty|patchy) on (?:the )?[\w/&-]+"
        r"|\bknowledge (?:v\.?|very|a bit|quite|pretty|rather|too) (?:thin|shaky|patchy"
        r"|sketchy|fuzzy|hazy)\b",
    ),
    # answering what was not asked: "answered something he hadn't asked", "which isn't
    # what they'd asked", "went way off", "should've asked her to rephrase"
    (
        "answer_relevance",
        r"\b(?:answered|answering|answers?) (?:something|a question|a different question)"
        r" (?:\w+ )?(?:hadn't|had not|didn't|did not|wasn't|never) (?:been )?ask(?:ed)?\b"
        r"|\b(?:isn't|wasn't|was not|is not|weren't) (?:really |quite |exactly )?what (?:they"
        r"|he|she|we|i|you|the panel)(?:'d| had)? (?:asked|been asking|wanted to know)\b"
        r"|\bwent (?:way|a bit|a little|completely|right|totally) off\b"
        r"|\bshould(?:'ve| have) (?:asked|checked) (?:\w+ ){0,3}?(?:to )?(?:repeat|rephrase"
        r"|clarify|what (?:they|he|she) meant)\b",
    ),
    # the order of an answer: "took the scenic route", "your CV read out in order", "start
    # with the punchline", "struggled to identify the core recommendation"
    (
        "answer_structure",
        r"\bscenic route\b|\b(?:cv|resume|career history) read out\b|\bread(?:ing)? out"
        r" (?:your|my|his|her|their) (?:cv|resume)\b"
        r"|\bstart (?:with|from) the (?:punchline|headline|answer|result|conclusion|bottom line)\b"
        r"|\b(?:struggled|hard|difficult) to (?:identify|find|pick out|see) (?:the|your|his|her)"
        r" (?:core|main|key|central) (?:recommendation|point|message|argument)\b",
    ),
    # shy of one's own results: "reticent when it came to your own achievements"
    (
        "confidence",
        r"\b(?:reticent|modest|shy|coy|quiet) (?:about|when it came to|on|in talking about)"
        r" (?:your|his|her|their|my) (?:own )?(?:achievements|successes|wins|results"
        r"|accomplishments)\b",
    ),
    # warmth and appetite, counted: "smiled maybe once", "looked like you were being
    # interrogated", "seemed less hungry than the others"
    (
        "rapport",
        r"\bsmiled (?:maybe |only |barely |about |just )?once\b|\blooked like (?:you were|he was"
        r"|she was|they were|i was) (?:being )?interrogated\b"
        r"|\b(?:less|not as|not very|wasn't very) hungry\b",
    ),
    # a vague misfit: "not our kind of person", "a bit too corporate"
    (
        "culture_fit",
        r"(?:\bnot|n't) (?:our|the) kind of (?:person|people|candidate)\b|\btoo corporate\b",
    ),
    # questions only about the package: "Qs at end were about car allowance"
    (
        "questions_for_interviewer",
        r"\b(?:questions|qs)(?: at (?:the )?end| asked)?(?: were| was)? (?:only |all |just "
        r"|mostly )?(?:about|on) (?:the )?(?:pay|salary|holidays?|car allowance|benefits|hours"
        r"|bonus|notice|perks|annual leave|parking|remote working|working from home|wfh)\b",
    ),
    # how the disagreement ended, left out: "didn't say how it was resolved"
    (
        "conflict_resolution",
        r"\b(?:didn't|did not|never|couldn't|could not) (?:say|explain|tell us|describe) how"
        r" (?:it|the (?:conflict|disagreement|dispute|argument|clash)) (?:was|got|ended up)"
        r" (?:resolved|settled|sorted)\b",
    ),
    # one example for everything, or none when asked: "recycled it for three questions",
    # "couldn't offer another"
    (
        "specific_examples",
        r"\brecycl(?:ed|ing|es) (?:the same |one |that |his |her |my |your )?(?:example|story"
        r"|answer|it)\b"
        r"|\b(?:couldn't|could not|wasn't able to|unable to) (?:offer|give|come up with"
        r"|produce) (?:one|another|a second|a different one|a second example|another example)\b",
    ),
    # two things of the craft mixed up: "got margin and markup mixed up"
    (
        "technical_depth",
        r"\bgot (?:the )?[\w&-]+(?: [\w&-]+)? (?:and|with) (?:the )?[\w&-]+(?: [\w&-]+)?"
        r" (?:mixed|muddled|confused)(?: up)?\b",
    ),
)
_MORE_WEAK += _FAMILIES_WEAK
_MORE_TOPIC += _FAMILIES_TOPIC
for _tag, _weak in _MORE_WEAK:
    _WEAK_KINDS[_tag] = "|".join(p for p in (_WEAK_KINDS.get(_tag, ""), _weak) if p)
for _tag, _topic in _MORE_TOPIC:
    _TOPICS[_tag] = "|".join(p for p in (_TOPICS.get(_tag, ""), _topic) if p)
for _tag, _topic in _TOPICS.items():
    _extra = _EXTRA.get(_tag, ("", "", ""))
    _EXTRA[_tag] = (_extra[0], _extra[1], "|".join(p for p in (_extra[2], _topic) if p))
for _tag, _weak in _WEAK_KINDS.items():
    _extra = _EXTRA.get(_tag, ("", "", ""))
    _EXTRA[_tag] = ("|".join(p for p in (_extra[0], _weak) if p), _extra[1], _extra[2])
for _tag, _more in _KINDS.items():
    _EXTRA[_tag] = (
        *(
            "|".join(p for p in (old, new) if p)
            for old, new in zip(_EXTRA.get(_tag, ("", "", "")), _more, strict=True)
        ),
    )  # type: ignore[assignment]
for _tag, _more in _EXTRA.items():
    _CUES[_tag] = (
        *(
            "|".join(p for p in (old, new) if p)
            for old, new in zip(_CUES[_tag], _more, strict=True)
        ),
    )  # type: ignore[assignment]


def _compile(pattern: str) -> re.Pattern[str] | None:
    return compile_fast(pattern) if pattern else None


# tag -> (weak, soft, topic), compiled once at import.
CUES: dict[str, tuple[re.Pattern[str] | None, ...]] = {
    tag: tuple(_compile(p) for p in patterns) for tag, patterns in _CUES.items()
}
# Named "tag:index" (index into CUES[tag]), for gating.
SOURCES: dict[str, str] = {
    f"{tag}:{i}": p for tag, patterns in _CUES.items() for i, p in enumerate(patterns) if p
}


def gate(extra: dict[str, str]) -> Gate:
    """A gate over every cue pattern, plus the extra named patterns."""
    return Gate({**SOURCES, **extra})
