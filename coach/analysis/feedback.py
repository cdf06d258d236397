"""Read a piece of feedback and propose the weaknesses it names.

Rules read the text, and two small learned models with a judge over their scores
(`_feedback_model`) give a second opinion (`second_opinion`): a rule finding the models
find unlikely is dropped, and a tag the rules missed is added where they find it likely.
The rules come first:
a reader in two stages, so that it carries over to wordings it has not seen.
The text is split into clauses (at sentence ends, contrast words and scorecard items, so
praise before a "but" never shields what follows). Stage 1: cues that name a weakness on
their own ("rambled", "hiring freeze") count unless a negator or praise stands just
before them. Stage 2: a clause that is critical (a generic deficit such as "lacked",
"light on", "struggled", "would have liked", "next time", "needs to", a 1/5 or 2/4
rating, a comparison with other candidates, a hedge) and that names a topic from the
broad per-tag lexicon in `_feedback_cues` ("thread", "our products", "why leave")
yields that topic's tag, once phrases such as "no concerns about" or "never an issue"
are set aside. In one clause a vaguer finding gives way to a more specific one (two that
would each give way to the other both stay).

Beyond one clause: a score below a pass mark the text states ("the minimum standard was
4") is a deficit; a following clause such as "that's a red flag for us" makes the one
before it critical; a bare verdict ("Not great.") after a restated question ("asked how
he'd handle two pickers arguing") makes the question's topic the finding; "X wasn't an
issue" and "X didn't come up" set X aside too; and nerves that passed ("nervous at first
but settled") are not a weakness.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from typing import NamedTuple

from coach.analysis._feedback_cues import CUES, gate
from coach.analysis._feedback_model import (
    CLAUSE_WEIGHTS,
    Judge,
    Model,
    Net,
    ReadClause,
    Setting,
    clause_words,
    context_features,
    judge_inputs,
    load_judge,
    load_net,
    text_features,
)
from coach.analysis._feedback_model import load as load_model
from coach.analysis._text import (
    Clause,
    clauses,
    compile_fast,
    fragment,
    normalise,
    sentences,
    starts_word,
    trim_span,
)
from coach.analysis.taxonomy import COMPETENCIES, is_changeable

_N = r"(?:n't|\bnot|\bnever|\bno|\bnobody|\bno one)"  # a negator

# Words and phrases that say something fell short, including hedged and indirect ones.
_DEFICIT_SOURCE = (
    r"\black(?:s|ed|ing)?\b|\bmissing\b|\babsent\b|\bwithout\b|\bno\b|\bnot\b|n't\b|\bnever\b"
    r"|\bnothing\b|\blittle(?<!\ba little)\b|\blimited\b|\bthin\b|\blight on\b|\bweak\w*|\bpoor\w*"
    r"|\bstruggl\w*|\bdifficult\w*|\bhard (?:to|for)\b|\bunclear\b|\bunconvinc\w*|\bvague\w*"
    r"|\bgeneric\b|\bsuperficial\b|\bshallow\b|\binsufficient\w*|\binadequate\b|\bincomplete\b"
    r"|\bunder-?(?:developed|prepared|sold|selling|sell|whelming)\b|\bunprepared\b"
    r"|\btoo\b(?!\s*(?:[.,;!?)]|$))"
    r"|\bover(?:ran|run|running|long)\b|\bf[ae]ll(?:s)? (?:short|down|flat)\b|\bshort of\b"
    r"|\bgaps?\b|\bconcern\w*|\bworr\w*|\bissues?\b(?! (?:come|came|arise|arose|crop)\w*)"
    r"|\bimprov\w*|\bwork on\b|\bbadly\b|\bwrong\b"
    r"|\bneed(?:s|ed)? (?:to|more|some|work|development|developing|improvement|polish)\b"
    r"|\bneed(?:s|ed)? (?:polishing|refining|strengthening|sharpening|attention|building"
    r"|coaching|support|guidance|practice)\b|[✗✘❌]"
    # hedged problems: "would be a problem", "could stand to be more succinct"
    r"|\b(?:would|could|might|will) be (?:a |an )?(?:problem|issue|challenge|concern|barrier"
    r"|sticking point)\b|\bproblematic\b|\bcould (?:stand|afford) to\b"
    r"|\bshaky\b|\brusty\b|\bwobbly\b|\bhazy\b"
    r"|\bshould\b|\bcould (?:have|be|do with|improve|work)\b|\bwould have (?:liked|preferred|"
    r"wanted|been (?:good|nice|better)|helped)\b|'d have (?:liked|loved|preferred|wanted|welcomed)"
    r"|\bwould have (?:loved|welcomed|appreciated)\b|\bwondered (?:if|whether)\b|\bwould (?:like"
    r"|love) to (?:see"
    r"|hear)"
    r"|\bwould (?:be (?:good|great|nice) to (?:see|hear)|help|benefit|be better)\b|\bbenefit from"
    r"|\bhoping (?:to|for)\b|\bhoped\b|\bwanted (?:to (?:see|hear)|more)\b|\bexpected\b"
    r"|\blooking for more\b|\bmore (?:depth|detail|evidence|examples?|focus|clarity|structure|"
    r"polish|rigou?r|confidence|initiative|warmth|energy|enthusiasm|insight|specifics?|concrete|"
    r"preparation|research|experience|years|curiosity|open)\b|\bless\b|\brather than\b"
    r"|\binstead\b|\bmissed\b|\bfail(?:ed|s|ing)?\b|\bunable\b|\bhesitant\b|\bunsure\b"
    r"|\buncertain\b|\bdoubts?\b|\broom for\b|\bareas? (?:for|of|to) (?:development|improvement|"
    r"growth|work on|develop|improve)\b|\bdevelopment (?:area|point)s?\b"
    # the areas of appraisals and scorecards: "opportunity area", "growth area", "Comms: meh"
    r"|\b(?:opportunity|growth|improvement|focus|stretch|watch) (?:areas?|points?)\b"
    r"|\bareas? to (?:develop|watch|work on|grow)\b|\bwork-ons?\b|\bmeh\b|(?<!above )\baverage\b"
    r"|-ish\b|\bnot great\b|\bwould have benefit(?:ed|ted)\b"
    r"|\bmade (?:it|things|this) (?:\w+ )?(?:tricky|difficult|complicated|hard) for\b"
    r"|\bhop(?:ing|ed) (?:that )?(?:you|he|she|they)(?:'d| would)\b|\bwing(?:ed|ing)? it\b"
    r"|\b(?:to )?wing (?:the|it|your)\b|\bloose\b"
    r"|\bnext step\b"
    r"|\b(?:main|key|biggest|only|one|chief) (?:piece of )?(?:feedback|criticism|comment|note"
    r"|pointer|takeaway)s? (?:was|were|is|are) (?:around|about|on|regarding)\b"
    r"|\bfor next year\b|\bgoing forward\b|\bin future\b|\bfocus on\b|\bheld (?:you |us "
    r"|them )?back"
    r"|\bdrawback\b|\bdownside\b|\bonly (?:real )?(?:thing|gap|concern|issue|area)\b"
    r"|\bif i'm (?:picky|honest)\b|\bnitpick\w*|\bbarely\b|\brarely\b|\bhardly\b|\bseldom\b"
    r"|\buneasy\b|\bbelow (?:the )?(?:bar|level|standard|expectations)\b|\bdipped\b|\bdropped\b"
    r"|\bcame down to\b|\bbeyond\b|\babove\b(?! average| par\b| and beyond| expectations| target"
    r"| plan\b| benchmark)|\bnorth of\b|\b(?:a |quite a |too )?(?:big|huge|long|real) ask\b"
    r"|\b(?:ran|went|running|going) \d+ ?(?:min|mins|minutes) over\b"
    r"|\bhigher than\b|\boutside\b|\bat least\b"
    r"|\b(?:better|more) suited\b|\bdemanding\b|\bwondering\b|\btook a while\b|\bfrustrat\w*"
    r"|\bcompared (?:with|to)\b|\bsticking point\b|\bhesitation\b|\bcame away\b|\bbad\b"
    r"|\berrors?\b|\bsurface[- ]level\b|\btextbook\b(?!,? (?:nicely|well|great|excellent|perfect"
    r"|spot on|no issues))(?:(?<=bit textbook)|(?<=too textbook)|(?<=little textbook)"
    r"|(?<=quite textbook)|(?<=rather textbook)|(?<=very textbook)|(?!\s*(?:[.,;!]|$)))"
    r"|\bslow\b"
    # generic criticism: low levels, unease, afterthoughts, under-evidenced, a low score
    # after a scorecard heading ("Stakeholder mgmt: 2"), where the writer would focus
    r"|\blow\b|\buncomfortable\b|\bafterthought\b|\bunder-?(?:evidenced|developed|explored"
    r"|powered|done|cooked|baked)\b|:\s?[12](?:\s?/\s?[45])?(?=\s*(?:$|[.,;\n(]|-\s))"
    r"|\b[12] out of (?:4|5|four|five)\b|\bwhere (?:i'd|i would|we'd|we would|you should|to)"
    r" focus\b|\b(?:i'd|i would|we'd|we would) (?:focus|work) on\b|\bnot (?:there|at the level)"
    r" yet\b|\bnot yet\b"
    # verbs and adjectives of criticism in many voices
    r"|\bbur(?:ied|y|ies|ying)\b|\bveer\w*|\bdragg?(?:ed|ing|s)? on\b|\bbacked (?:away|off)\b"
    r"|\bskirt(?:ed|ing|s)?\b|\b(?:glossed|skated|brushed|skimmed) over\b|\bthrown\b"
    r"|\bscattered\b|\bmuddl\w*|\bconfus\w*|\bunfocus\w*|\bclumsy\b|\bawkward\w*|\bstilted\b"
    r"|\bmediocre\b|\bunderwhelm\w*|\bso-so\b|\bsparse\b|\bscant\w*|\bstumbl\w*|\bfumbl\w*"
    r"|\bflounder\w*|\b(?:got|get|gets|getting|was|were|seemed) stuck\b|\boverlook\w*"
    r"|\bneglect\w*|\bignor\w*|\bskipp?(?:ed|ing)?\b"
    r"|\bomit\w*|\bdodg\w*|\bevad\w*|\bdeflect\w*|\bexcessive\w*|\brepetitive\b|\bcircular\b"
    r"|\bunconvinc\w*|\bnot convinc\w*|\bquestionable\b|\bnot as (?:strong|good|clear|sharp)\b"
    r"|\bweaker\b|\bnowhere near\b|\b(?:a long|some) way (?:off|from)\b|\bfurther along\b"
    r"|\b(?:more|some) work to do\b|\bdidn't land\b|\bmissed the mark\b|\boff the mark\b"
    r"|\bhit and miss\b|\binconsistent\w*|\bin disguise\b|\ba stretch\b|\bcannot\b|\bunable\b"
    r"|\bnone\b|\byet to\b|\bnothing to\b|\bstayed out of\b|\bresist\w*|\bsticks? to\b"
    r"|\blos(?:e|es|ing) (?:the |their |his |her )?(?:audience|room|listeners|people|them|us)\b"
    r"|\bhard to (?:accept|adjust|adapt|take)\b|\bunaware\b|\btripp?(?:ed|ing)? (?:\w+ )?up\b"
    r"|\bmore (?:interested|focused|concerned|excited) (?:in|on|about|by) [^.;]{1,40}? than\b"
    # disappointment, scorecard shorthand and expectations set against what was seen
    r"|\bdisappoint\w*|\brushed\b|\bsloppy\b|\bcareless\b|\bmessy\b|\bpatchy\b|\bunfinished\b"
    r"|\bshi(?:es|ed|y) away\b|\bavoid(?:s|ed|ing)\b|\blost (?:\w+ )?way\b"
    r"|\b(?:finds?|found|finding) (?:it|the \w+(?: of \w+)?|this|that) (?:hard|difficult|tough"
    r"|tricky)\b|\boverly\b"
    r"|\bonly (?:consider|accept|hire|take)\b|\bbelow\b|\bat best\b|\bwoolly\b|\bw/o\b"
    r"|\bmore colou?r\b"
    r"|\b(?:we'd|we would|i'd|i would|they'd|they would) (?:have )?expect\w*|\bexpect(?:ed)? more\b"
    r"|\b[12] ?/ ?5\b|\b[12] ?/ ?4\b|\b1 ?/ ?3\b|\b[1-4] ?/ ?10\b|\bnext time\b|\ba (?:touch|tad)\b"
    r"|\bsomewhat\b|\bi wonder(?:ed)? (?:if|whether)\b|\bmight (?:want to|benefit|be worth)\b"
    r"|\bperhaps\b|[12](?<=[a-z] [12])(?<!round [12])(?<!stage [12])(?<!part [12])(?<!phase [12])"
    r"(?<!step [12])(?<!level [12])(?<!band [12])(?<!grade [12])(?<!year [12])(?<!week [12])"
    r"(?<!day [12])(?<!interview [12])(?<!mock [12])(?<!tier [12])(?<!session [12])"
    r"(?:\s?/\s?[45])?(?=\s*(?:$|[,;\n]|\.(?:\s|$)))"
    r"|\bhalf[- ](?:finished|done|complete\w*)\b|\bcould do (?:more|better)\b"
    r"|\bneed(?:s|ed)? something (?:real|more|better|concrete|specific|stronger)\b"
    r"|\b(?:chose|chosen|selected|appointed|hired|picked) (?:a|another|the other|an) (?:\w+ )?"
    r"(?:candidate|applicant|person)\b|\b(?:does not|doesn't|did not|didn't) meet\b|\bnot met\b"
    r"|\b(?:role|job|position|post|team|business|client|they|we) (?:really )?(?:needs|needed"
    r"|requires"
    r"|required|calls for|demands)\b"
    r"|\bwould need\b|\bneed (?:a lot|quite a lot|more|some) (?:of )?(?:support|help|time"
    r"|training)\b"
    r"|\b(?:other|another|the successful) (?:candidate|finalist|applicant|person)\b[^.;]{0,40}?"
    r"\b(?:had|has|knew|knows|brought|brings|was already|is already)\b"
    r"|\b(?:others?|other (?:candidates?|applicants?|finalists?|person|people|guy|man|woman|one)"
    r"|someone|somebody|another (?:candidate|applicant|person)|the successful (?:candidate|"
    r"applicant)|a candidate|candidates)\b[^.;]{0,80}?\b(?:more|better|stronger|greater|deeper"
    r"|broader|native|clearer|sharper|closer|richer|wider|larger|bigger|longer)\b"
    r"|\b(?:looking for|need\w*|want\w*|requir\w*|prefer\w*)\b[^.;]{0,30}?\b(?:someone|somebody|"
    r"a candidate|candidates|a person)\b|\brequires?\b|\b(?:go|went|gone) with (?:a|an|another|"
    r"someone|the person|the other)\b"
    # wishes that imply a gap: "would like more regular 1:1s", "would want to see far more"
    r"|\b(?:would|'d) (?:like|welcome|want|appreciate|value|love) (?:to (?:see|hear) )?(?:far "
    r"|much "
    r"|a (?:bit|little|lot) )?(?:more|clearer|better|greater|stronger|some)\b|\bwants? to see\b"
    r"|\bwould want\b|\bwould (?:strengthen|improve|make (?:a|all the) (?:real )?difference)\b"
    r"|\bworth (?:revisiting|reviewing|brushing up|looking (?:at|into)|working on|practi[sc]ing"
    r"|revising|rethinking)\b|\brevisit\w*|\bbrush(?:ing)? up\b"
    # reservations, hesitation and lowest marks: "gave us pause", "main reservation",
    # "scored lowest on", "a bit light", "partially met", "pass mark 4"
    r"|\breservations?\b|\bgave (?:us|me|them|the panel) pause\b|\bpause for thought\b"
    r"|\blow(?:er|est)\b|\b(?:a bit|a little|a touch|rather|too|quite|bit|slightly|somewhat|was"
    r"|were|felt|seemed|looked|is|are|pretty|very|really|fairly) light\b|\bpartially (?:met"
    r"|achieved|demonstrated"
    r"|evidenced)\b"
    r"|\bpass (?:mark|score|threshold)\b|\b(?:just |only |barely )?(?:skim(?:med|ming|s)?|glanced"
    r" at)\b|\bblank(?:ed|s)?\b|-heavy\b|\bheavy on\b|\bincorrect\w*|\binaccura\w*|\bflaws?\b"
    r"|\bflawed\b"
    r"|\bbugs?\b|\bleak(?:age|s|ed)?\b"
    # a narrow answer: "collaboration example was mostly about her own tasks", "Questions
    # for us: only pay and bonus"
    r"|\b(?:mostly|mainly|largely|only|all) about (?:her|his|their|your|my) own\b|(?<=:\s)only\b"
    r"|\b(?:questions?|asked) (?:\w+ ){0,2}(?:only|just|mostly|mainly|all) (?:about|on|around)\b"
    # red flags, needing prompts, doing things out of order, "the problem was"
    r"|\bred flags?\b|\b(?:only |even )?(?:when|after) (?:prompted|pushed|nudged|pressed|probed)\b"
    r"|\bbefore (?:building|having|doing|setting up|laying out|thinking|working out|checking"
    r"|establishing|understanding|asking|agreeing|defining|scoping|testing)\b"
    r"|\b(?:i|you|he|she|they|we) (?:really )?needs? (?:a|an)\b|\bproblem (?:was|is)\b"
    # forgetting, reluctance, sidestepping, mixing things up, "basic", talking over others
    r"|\bforg(?:ot|otten|et|ets|etting)\b|\breluctan(?:t|ce)\b|\bside-?stepp?\w*"
    r"|\bmix(?:ed|ing)? up\b|\b(?:spoke|talked|speaking|talking) over\b|\bblew (?:past|through)\b"
    r"|\b(?:was|were|is|are|seemed|felt|looked|pretty|quite|fairly|very|too|rather) basic\b"
    r"|\blet (?:me|you|him|her|them|us|myself|yourself|himself|herself) down\b"
    # hedged wishes and what a little effort would have done: "ideally", "could've",
    # "we'd have heard more", "would have covered it", "worth a quick look"
    r"|\bideally\b|\bcould've\b|\b(?:would|'d) have (?:heard|seen|got|learned|learnt) more\b"
    r"|\bwould have (?:covered|fixed|solved|sorted|saved|made the difference)\b"
    r"|\b(?:would|'d) (?:like|love|want) to see (?:him|her|them|you)\b|\bwo(?:n't|uldn't) fly\b"
    r"|\bworth a (?:quick |proper |closer )?(?:look|read|read-up|revisit)\b"
    # measured against what was asked: "two years against the five we asked for"
    r"|\bagainst (?:the|a|our) [^.;]{0,30}\b(?:asked|looked|looking|wanted|required|needed) for\b"
    # a scorecard's developing grades: "Group exercise: Developing"
    r"|:\s?(?:developing|emerging|requires improvement|needs improvement|development needed"
    r"|not (?:yet )?(?:demonstrated|evidenced|met))\b"
    # another person chosen, said passively or of "someone": "an external candidate with
    # previous experience was appointed", "they've appointed someone who's"
    r"|\b(?:an?|another|the other) (?:\w+ )?(?:candidate|applicant)\b[^.;]{0,60}?\b(?:was"
    r"|were|has been|had been) (?:appointed|chosen|selected|hired|offered)\b|\b(?:appointed"
    r"|chosen|selected|hired|picked|offered (?:it|the (?:role|job|post|position)) to)"
    r" (?:someone|somebody)\b|\b(?:preferred|chosen|appointed|winning|external) (?:candidate"
    r"|applicant)\b"
    r"|\bthe (?:one )?(?:knock|catch|snag)\b|\b(?:offered|given) (?:the |this )?(?:post|role|job"
    r"|position) to (?:a|an|another|someone)\b[^.;]{0,30}?\b(?:with|who|whose)\b"
)
DEFICIT = compile_fast(_DEFICIT_SOURCE)
# Advice given as an imperative at the start of a clause (mock partners, appraisals).
IMPERATIVE = re.compile(
    r"[\s,:]*(?:say|show|explain|add|mention|give|try|aim|cut|avoid|focus|practi[cs]e|prepare|"
    r"slow down|pick|make sure|remember|think about|use|own|worth|start with|lead with|open with"
    r"|begin with|end with|finish with|close with|consider|bring|include|quantify|back up|cite"
    r"|(?:research|learn|study)(?= (?:the|their|our|its|his|her|a|an|what|how|who|which|more|up"
    r"|it|them|\w+'s)\b)|brush up|revisit|rehearse|ask|drop|stop|trim|tighten|be more"
    r"|don't(?! worry| read))\b"
)

# Phrases that cancel a deficit: "no concerns about", "communication was never an issue".
NEUTRAL = compile_fast(
    _N + r"\s+(?:(?:any|many|much|real|major|big|serious|significant|particular|obvious"
    r"|specific|other|have|had|has|was|were|is|are|be|been|there|see|saw|raise|raised|an?"
    r"|the slightest|the|at all|ever|once|really)\s+){0,3}?(?:concerns?|issues?|problems?"
    r"(?! solv)|doubts?|doubted|worries|worried|reservations?|red flags?|complaints?|gaps?"
    r"|weaknesses|factor|trouble|difficult(?:y|ies)|in (?:any )?(?:question|doubt))\b"
    r"(?: whatsoever| at all)?(?: (?:with|about|around|over|on|in|regarding|re:?) [^.;]{1,60}"
    r"| \w+ing\b[^.;]{0,40})?"
    # a negative negated is praise: "never late", "not once defensive"
    r"|" + _N + r"\s+(?:(?:once|ever|been|was|were|is|seemed|seem|a bit|at all|remotely|even)\s+)"
    r"{0,2}(?:late|rude|arrogant|defensive|nervous|negative|unprofessional|vague|unprepared"
    r"|rambl\w*|waffl\w*|hesitant|unsure|flustered|short of|lacking|dismissive"
    r"|lost \w+ (?:composure|cool|temper|nerve)|rush\w*|lose the thread|lost the thread"
    r"|struggl\w*|drift\w*|overr[au]n|panick\w*|waver\w*|hesitat\w*|falter\w*|flinch\w*)\b"
    # "nothing vague about your examples", "didn't feel any need to test your SQL further"
    r"|\bnothing (?:vague|weak|generic|wrong|negative|missing|lacking|unclear|off) about\b"
    r"[^.;]{0,40}|(?:\bno|n't (?:\w+ )?any|\bnot (?:\w+ )?any) need (?:to|for)\b[^.;]{0,40}"
    # letter pleasantries: "not the outcome you were hoping for", "not better news"
    r"|(?:\bnot|n't) (?:quite )?the (?:outcome|news|result|answer|update)\b[^.;]{0,30}"
    r"|\bnot (?:better|good|the best) news\b"
    # the feedback's own vagueness: "frustrating without more detail", "she didn't give me
    # anything more specific", "sorry it's so vague", "no concrete reason"
    r"|\bwithout (?:any |much )?more (?:detail|specifics|information)\b"
    r"|(?:n't|\bnot) (?:\w+ ){0,2}?(?:give|share|have|offer|provide|get|say) (?:you |me |us )?"
    r"(?:anything|much) (?:more )?(?:specific|detailed|concrete)\b"
    r"(?! (?:examples?|answers?|stories|story))"
    r"|\b(?:sorry|apologies|afraid) (?:that )?(?:it's|this is|that's|for being|i can't be more)"
    r" (?:so |a bit |rather |quite |too )?(?:vague|specific)\b|\bthe feedback (?:was|is) (?:\w+ )?"
    r"(?:vague|generic|thin|brief|light)\b|\b(?:super |more |very |really |single |one )?"
    r"(?:concrete|specific|clear) reasons?\b|\bnothing specific\b|\b(?:can't|cannot|couldn't"
    r"|could not) (?:really )?point to (?:anything|one thing|a single|a specific|any one)\b"
    # the candidate asking for detail is not a lack of it
    r"|\bask(?:ed|ing)? (?:\w+ ){0,3}?for (?:more |some )?(?:detail|feedback|specifics"
    r"|information)\b"
    # "given his experience, I expected more" says he has it
    r"|\b(?:given|considering|for someone with) (?:\w+ ){0,5}?(?:his|her|your|their) (?:\w+ )?"
    r"experience\b|\bnothing (?:\w+ )?(?:to (?:fix|improve|worry|flag|report|add|note|"
    r"change)|wrong|negative)\b|\bnothing (?:i'd|i would|we'd|we would|you need to|i'd want to)"
    r" (?:change|improve|fix|add)\b|\bnot (?:at all )?a reflection\b|(?:n't"
    r"|\bnot) (?:\w+ ){0,2}(?:a reflection|a judge?ment"
    r"|a comment) (?:on|of)\b|\bno shortage of\b"
    r"|\b(?:can't|cannot|couldn't) fault\b|\bwithout (?:a )?(?:doubt|hesitation)\b"
    # done with ease: "explained the margin impact without problem"
    r"|\bwithout (?:a |any )?(?:problems?(?! solv)|issues?|difficulty|trouble|fuss)\b"
    # a letter's own manners: "I'll keep it short", "we cannot tell the details of the reason"
    r"|\b(?:i'll|i will|let me|i'd like to|we'll|we will) keep (?:it|this) (?:short|brief)\b"
    r"|\b(?:can't|cannot|can not|unable to|not able to|not allowed to) (?:tell|give|share"
    r"|disclose|provide) (?:you )?(?:the )?(?:details?|specifics|reasons?)\b[^.;]{0,40}"
    r"|\bwithout being (?:asked|prompted)\b"
    r"|\bno weakness(?:es)?\b|\bnot (?:held|counted) against\b"
    r"|\bno question(?: there| about (?:it|that))?(?= ?[,.;!-]|$)"
    r"|(?:n't|\bnot) (?:\w+ )?in (?:any )?(?:question|doubt)\b"
    # the outcome announced, not a reason: "didn't get the ops manager role", "not appointed"
    r"|(?<!why i )(?<!why you )(?<!why he )(?<!why she )(?<!why they )"
    r"\b(?:didn't|did not|haven't|have not|wasn't|was not|weren't|not) (?:been )?(?:(?:get|got"
    r"|land|secure) (?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|job|position|post|promotion|offer)"
    r"|successful|offered|selected|progress\w*|shortlisted|appointed)\b"
    # "not taking it forward", "won't be taking your application further"
    r"|(?:n't|\bnot) (?:be |to )?(?:tak(?:e|ing)|mov(?:e|ing)|progress(?:ing)?) (?:it |you |your"
    r" (?:application|candidacy) |things )?(?:forward|further)\b[^.;]{0,60}"
    # remarks on the feedback itself: "didn't give any specific feedback", "frustratingly
    # vague", "frustrating without more detail"
    r"|\b(?:specific|detailed|individual|much|more|further|proper) feedback\b"
    r"|\bfrustrating(?:ly)? (?:\w+ )?(?:vague|without (?:more|much|any|further))\b"
    r"|\bno (?:further|more) (?:detail|feedback|information|specifics)\b"
    r"|"
    + _N
    + r" (?:really |even )?(?:come up(?! with)|came up(?! with)|get raised|matter(?:ed)?)\b|\b"
    r"(?:wasn't|weren't|isn't"
    r"|was not|were not|is not) (?:really |even )?(?:raised|discussed|mentioned)\b"
    # praise idioms: "couldn't have been better prepared"
    r"|\b(?:couldn't|could not|can't|cannot) have been (?:better|more)\b[^.;]{0,40}"
    # the candidate asking for more: "I asked if there was anything specific", "I pushed
    # for more and didn't get anything concrete"
    r"|\bask(?:ed|ing)? (?:them |her |him )?(?:if|whether) (?:there (?:was|were)|they (?:had"
    r"|could)) (?:anything|any) (?:more )?(?:specific|detail\w*|concrete|else)\b"
    r"(?:[^.;]{0,30}\b(?:said|says|replied) (?:no|not really|nothing)\b)?"
    r"|\bpush(?:ed|ing)? (?:them |her |him )?for (?:more|detail|specifics|feedback|a reason)\b"
    r"(?: and (?:didn't|did not|couldn't|got|still|they)\b[^.;,]{0,40})?"
    # the writer unable to say more: "I can't be more specific than that", "couldn't get
    # anything more concrete out of them", "they didn't give any further detail"
    r"|\b(?:can't|cannot|couldn't|could not) (?:be|give you|get|share|say) (?:\w+ ){0,2}?more"
    r" (?:specific|concrete|detail\w*)\b[^.;]{0,30}|(?:n't|\bnot) (?:give|share|provide|offer)"
    r" (?:any|much|more) (?:further |more )?(?:detail|details|information|feedback"
    r"|specifics)\b"
    # "you know those numbers cold"
    r"|\bkn(?:ow|ows|own|ew) (?:\w+ ){1,3}cold\b|\bsecond to none\b|\bwithout (?:any |a single )?"
    r"(?:errors?|mistakes?|slips?|hesitation|notes|a hitch)\b"
    r"|\bnothing (?:\w+ ){0,4}(?:do|done|change|changed) differently\b"
    r"|\b(?:things|what) (?:i|we) learn(?:ed|t) from\b"
    r"|\b(?:where|what) (?:she|he|they|you|i)(?:'s|'re| is| are)? needs? to be\b"
    # the outcome announced: "decided not to proceed", "won't be offering you the role"
    r"|\b(?:decided|chosen|opted) not to (?:proceed|progress|move forward|take (?:it|this|things|"
    r"your application) further)\b[^.;]{0,60}|(?:won't|will not|wouldn't|not) be offering (?:you )?"
    r"(?:the|this|a|an)\b[^.;]{0,60}"
    # "I know that's hard to hear"
    r"|\b(?:i know|i realise|i realize|i appreciate) (?:that|this|it)(?:'s| is| will be| may be)"
    r" (?:\w+ )?(?:hard|difficult|tough|not easy|disappointing) to hear\b[^.;]{0,40}"
    # remarks on the feedback itself, and "at no point did the panel have doubts about"
    r"|\b(?:the |their |your |this |her |his )?feedback (?:itself )?(?:was|is|felt) (?:\w+ ){0,2}"
    r"(?:vague|generic|thin|limited|brief)\b|\bwithout (?:something|anything|much) (?:more )?"
    r"(?:concrete|specific)\b|\bat no (?:point|stage|time)\b[^.;]{0,60}"
    # "please don't read anything else into this"
    r"|\b(?:don't|do not) read (?:anything|too much|much) (?:else )?into\b[^.;]{0,20}"
)

# A negator just before a weak cue cancels it: "you never rambled", "didn't seem nervous".
NEGATED_BEFORE = re.compile(
    r"(?:\bnot|\bnever|\bno|n't|\bwithout|\bhardly|\bnor)\s+(?:\w+\s+){0,2}$"
    r"|(?:\bnot|\bnever|n't)\s+(?:come|came|comes|coming) across as\s+(?:\w+\s+)?$"
    r"|\b(?:worried|afraid|scared|nervous|anxious) (?:about|of)\s+(?:\w+\s+)?$|\bfear of\s+$"
)

# A negated praise word before a cue is criticism, not a negated one: "not great at
# managing upwards", "wasn't comfortable with ambiguity".
NEGATED_PRAISE_BEFORE = re.compile(
    r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:so |that |very |particularly |too |the )?(?:great|good|strong"
    r"|brilliant|best|comfortable|confident|clear|sharp|convincing|effective|successful)"
    r"\s+(?:at|with|on|in|when)\s+(?:\w+\s+)?$"
)
# Praise just before a cue: "great cultural alignment", "excellent eye contact" (not said
# of the context tags, where "a very strong internal applicant" praises someone else).
_PRAISE = (
    r"great|good|strong|excellent|superb|solid|impressive|sensible|thoughtful|insightful"
    r"|lovely|fantastic|brilliant|outstanding"
    r"|(?:natural|brilliant|great|good|excellent|superb|fantastic|lovely) (?:with|at|on)(?: the)?"
)
PRAISED_BEFORE = re.compile(rf"\b(?:{_PRAISE}|real|genuine)\s+$")
# Before a topic word, "real" and "genuine" are not praise: "never with real users".
PRAISED_BEFORE_TOPIC = re.compile(rf"\b(?:{_PRAISE})\s+$")
_PRAISE_BLIND = frozenset({"external_factor", "experience_gap"})
# Praise just after a topic: "your SEP knowledge was faultless", "STAR format nicely done",
# "the three-minute summary was clear and well timed".
PRAISED_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:(?:was|were|is|are|looked|sounded|felt)(?: \w+ly)? (?:very |really |really"
    r" very |genuinely |absolutely )?(?:excellent|solid|strong|great|good|faultless|flawless"
    r"|spot on|first[- ]class|outstanding|impressive|exactly right|superb|exemplary"
    r"|clear and well|very well (?:received|judged|done)|(?:totally|perfectly|absolutely) fine"
    r"|one of the (?:best|strongest)|as good as any(?:one)?)|nicely done|well timed"
    r"|textbook,? no issues|rated (?:you|him|her|them|it) (?:very )?(?:highly|well))\b"
)

# Nerves or reserve that passed are not a weakness: "slightly nervous at the start but
# settled quickly", "quiet at first, then warmed up".
PASSED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:but|though|then|before)\b,? (?:\w+ ){0,2}?(?:soon |quickly |then )?"
    r"(?:settled|relaxed|calmed|warmed up|recovered|grew in confidence|found (?:his|her|their"
    r"|your|my) feet|got into (?:it|(?:his|her|their|your|my) stride))\b"
)
_PASSING = frozenset({"confidence", "rapport"})

# Said of a context finding, these make it something the candidate can change.
CAN_CHANGE = re.compile(
    r"\b(?:something|things?) (?:that )?you (?:could|can|might) (?:\w+ )?(?:build|gain|develop|"
    r"work on|get|improve|fix|address)|\byou could (?:easily |quickly )?(?:build|gain|get|develop)"
    r"|\b(?:easy|quick|simple) to (?:build|gain|fix|address)|\b(?:apply|reapply) again\b"
)


# A presentation that ran over its time names conciseness too, not only presentation_prep.
OVERRUN = re.compile(
    r"\bover-?r[au]n\w*|\b(?:ran|went|go|going|running|goes) (?:\w+ ){0,2}over\b"
    r"|\bover (?:time|the (?:\w+[- ])?(?:minutes?|mins|slot|time limit))\b|\b\d{1,3} ?min"
    r"(?:ute)?s? in an? \d{1,3}[- ]?min(?:ute)?s? slot\b|\b(?:blew|raced) (?:past|through)\b"
    r"|\bcut (?:him|her|them"
    r"|me) off\b|\b(?:ran|went|running|going) (?:\w+ ){0,2}(?:past|beyond) (?:the|its|their|his|her"
    r"|our|your) (?:\w+ )?(?:slot|time|limit)\b|\bhad to (?:stop|cut) (?:him|her|them|you)\b"
)
# A stated pass mark and the scores a scorecard gives ("Working Together: 3").
PASS_MARK = re.compile(
    r"\b(?:minimum|pass(?:ing)?|threshold|required|bar)(?: (?:standard|mark|score|level))?"
    r"(?: for each(?: \w+)?)?(?: (?:was|is|of|at))?\s*:?\s*(\d)\b|\b(\d) ?= ?(?:meets|pass"
    r"|acceptable|satisfactory|competent)\b"
)
SCORE = re.compile(r"[a-z)](?::| [-]) ?(\d)(?=\s*(?:$|[\n.,;(]|-\s|/))")
# A clause that criticises what came before it: "That's a red flag for us."
ANAPHORIC_CRITICISM = re.compile(
    r"\s*(?:and |so |but )?(?:that|this|which|it)(?:'s| is| was| were)? (?:\w+ ){0,3}?"
    r"(?:a |an |the )?(?:red flag|concern\w*|problem|worr\w*|issue|deal-?breaker|sticking point"
    r"|(?:didn't|did not) (?:land|help|go down well)|wo(?:n't|uldn't) (?:fly|work)"
    r"|(?:a )?missed (?:chance|opportunity))\b"
)
# A scorecard line with a high score and no "but": "Problem solving: 4 - first to spot the
# transport cost error" praises, whatever words the reason uses.
HIGH_SCORE = re.compile(
    r"[\s\-*\u2022]*[a-z][\w &/'()-]{1,40}?(?::| -) ?[45](?:/5)?(?![\d.]|\s*/\s*\d)"
)
CONTRAST = re.compile(r"\b(?:but|however|though|although|except|apart from)\b")
# "wasn't an issue", "didn't come up": said of what comes before them.
NOT_AN_ISSUE = re.compile(
    r"(?:n't|not|never)\s+(?:\w+\s+){0,3}?(?:concerns?|issues?|problems?|worries|factor"
    r"|in (?:any )?(?:question|doubt)"
    r"|come up(?! with)|came up(?! with)|raised|discussed|mentioned|matter(?:ed)?)\b"
)
# Progress is praise ("his code quality has improved a lot", "much improved since May"),
# unless the sentence goes on to say it is not enough ("has improved but is still short").
PROGRESS = re.compile(
    r"\b(?:has|have|had|'s|'ve)(?: \w+)? improved\b|\b(?:much|greatly|hugely|vastly) improved\b"
    r"|\bimproved (?:a lot|hugely|massively|greatly|enormously|significantly|steadily|markedly)\b"
)
_NOT_ENOUGH_AFTER = re.compile(r"[^.;!?\n]*\b(?:but|though|although|yet|still)\b")
# A clause that restates the question asked: "asked how she'd handle...", "Q on a week
# his team missed target", "when we asked about".
ASKED = re.compile(
    r"[\s\-*\u2022]*(?:(?:when |then )?(?:i|we|she|he|they|the panel|the interviewer)\s+)?"
    r"(?:asked|q(?:uestion)? (?:on|about)|q:)\s+(?:(?:him|her|them|you|me)\s+)?"
    r"(?:how|about|what|why|whether|if|for|to)\b"
)
RAN_OUT = re.compile(r"\bran out of time\b")
# "Another candidate was chosen" with a reason about experience is experience_gap only,
# unless the text also names a reason outside the person.
OTHER_CHOSEN = re.compile(
    r"\b(?:another|other|different|successful) (?:candidate|applicant|person|finalist)\b"
    r"|\bwent with\b|\b(?:second|runner[- ]up)\b|\boffered (?:\w+ ){0,3}to\b"
)
EXTERNAL_REASON = re.compile(
    r"\binternal\w*|\bfreeze\b|\bfrozen\b|\bbudget\b|\bcompetitive\b|\bstronger\b|\bpool\b"
    r"|\bfield\b|\bon hold\b|\brestructur\w*|\bwithdrawn\b|\bfilled\b|\bfrom within\b"
    r"|\bacting up\b|\binterim\b|\bcovering\b"
)


@dataclass(frozen=True)
class Weakness:
    """A weakness a piece of feedback names, with the words of the text that show it."""

    tag: str
    actionable: bool
    evidence: str


_COMPETENCY_SET = frozenset(COMPETENCIES)
# In one clause, a finding of the key tag gives way to a finding of any listed tag
# (_YIELDS_WEAKER: only when the key tag was found by a soft or topic cue):
# "light on examples of collaborating" is about teamwork, not about examples in general.
_YIELDS_ALWAYS: dict[str, frozenset[str]] = {
    "conciseness": frozenset({"presentation_prep", "communication", "adaptability"}),
    "company_research": frozenset({"questions_for_interviewer"}),
    "salary_expectations": frozenset({"external_factor"}),
    "stakeholder_management": frozenset({"salary_expectations"}),
    "answer_structure": frozenset({"presentation_prep", "communication", "problem_solving"}),
    # "your stakeholder examples were thin" is about stakeholders: the most specific tag
    "specific_examples": frozenset({"company_research"}) | _COMPETENCY_SET,
    # "someone local who could start straight away, not wait for a visa" is location
    "external_factor": frozenset({"language_or_location"}),
    # "got rattled when the brief changed" is about coping with change
    "confidence": frozenset({"adaptability"}),
}
_YIELDS_WEAKER: dict[str, frozenset[str]] = {
    **{
        tag: frozenset({"answer_relevance", "experience_gap", "culture_fit"})
        for tag in COMPETENCIES
    },
    # "couldn't articulate why she left" is about motivation, not communication; "German
    # at C1 for communication with customers" is about the language
    "communication": frozenset(
        {
            "answer_relevance",
            "experience_gap",
            "role_motivation",
            "confidence",
            "technical_depth",
            "presentation_prep",
            "language_or_location",
            "conflict_resolution",
        }
    ),
    # "in the leadership answers you kept saying 'we'" is about ownership
    "leadership": frozenset({"answer_relevance", "experience_gap", "culture_fit", "ownership"}),
    # "no career conversations with your engineers" is about leading them
    "role_motivation": frozenset({"leadership"}),
    "soft_skills": _COMPETENCY_SET,
    # "limited understanding of what a CNS does day to day" is about the role
    "technical_depth": _COMPETENCY_SET
    | {
        "soft_skills",
        "answer_relevance",
        "presentation_prep",
        "company_research",
        "role_motivation",
        "questions_for_interviewer",
    },
    "experience_gap": frozenset(
        {
            "role_motivation",
            "language_or_location",
            "confidence",
            "conciseness",
            "answer_structure",
            "specific_examples",
            "company_research",
        }
    ),
    "attitude_professionalism": frozenset({"communication"}),
    # "spent 15 minutes on the login flow, which I hadn't asked about" is relevance
    "answer_structure": frozenset({"answer_relevance"}),
    # "rather than listening to the customer's concerns" is customer focus
    "rapport": frozenset(
        {"role_motivation", "adaptability", "attitude_professionalism", "customer_focus"}
    ),
    "ownership": frozenset(
        {"answer_relevance", "experience_gap", "conciseness", "stakeholder_management"}
    ),
    "adaptability": frozenset(
        {"answer_relevance", "experience_gap", "confidence", "external_factor"}
    ),
    # "Questions for us: only remote policy and bonus" is about the questions
    "language_or_location": frozenset({"adaptability", "questions_for_interviewer", "rapport"}),
    # "your 'why us' was all about the salary" is about motivation
    "salary_expectations": frozenset(
        {"questions_for_interviewer", "company_research", "role_motivation"}
    ),
    # "no awareness of the trust's values" is about knowing the organisation
    "culture_fit": frozenset({"company_research"}),
    "customer_focus": frozenset(
        {"answer_relevance", "experience_gap", "company_research", "language_or_location"}
    ),
    "learning_from_failure": frozenset({"answer_relevance", "experience_gap", "presentation_prep"}),
    # "set expectations" with one's own team is leadership
    "stakeholder_management": frozenset(
        {"answer_relevance", "experience_gap", "confidence", "communication", "leadership"}
    ),
    "conflict_resolution": frozenset(
        {"answer_relevance", "experience_gap", "stakeholder_management"}
    ),
    "company_research": frozenset({"experience_gap", "customer_focus"}),
    "presentation_prep": frozenset({"adaptability", "problem_solving", "communication"}),
    # "your voice goes flat" is energy, not nerves
    "confidence": frozenset({"ownership", "rapport"}),
    "problem_solving": frozenset({"answer_relevance", "experience_gap", "adaptability"}),
}
# Examples can be missing alongside a delivery problem; other tags say what they lacked.
_EXAMPLES_KEEP_WITH = frozenset({"conciseness", "confidence", "rapport"})
_WEAK, _SOFT = 2, 1
# Weak cues that also make their clause critical for the other tags' topics.
_CRITICAL_WEAK = frozenset({"answer_structure"})
_GATE = gate({"deficit": _DEFICIT_SOURCE})
# The cue patterns in the order they are tried, with their gate names.
_STAGE1 = [
    (tag, f"{tag}:{index}", strength, pattern)
    for tag, patterns in CUES.items()
    for index, strength in ((0, _WEAK), (1, _SOFT))
    if (pattern := patterns[index]) is not None
]
_STAGE2 = [(tag, f"{tag}:2", topic) for tag, (_, _, topic) in CUES.items() if topic is not None]


def _praised(before: str, praise: re.Pattern[str]) -> bool:
    """Whether praise stands just before a cue, unless negated ("not great at")."""
    return bool(praise.search(before)) and not NEGATED_PRAISE_BEFORE.search(before)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _neutral_spans(norm: str, clause: Clause) -> list[tuple[int, int]]:
    """Spans of the clause that say something is not a weakness.

    "X wasn't an issue" and "X didn't come up" set aside their subject X too, back to the
    start of its fragment: "not speaking Dutch wasn't an issue at all".
    """
    if HIGH_SCORE.match(norm, clause.start, clause.end) and not CONTRAST.search(
        norm, clause.start, clause.end
    ):
        return [(clause.start, clause.end)]
    spans = []
    for m in NEUTRAL.finditer(norm, clause.start, clause.end):
        if not starts_word(norm, m.start()):
            continue
        start = m.start()
        if NOT_AN_ISSUE.match(norm, start, m.end()):
            start = fragment(norm, clause.start, clause.end, start)[0]
        spans.append((start, m.end()))
    for m in PROGRESS.finditer(norm, clause.start, clause.end):
        if not _NOT_ENOUGH_AFTER.match(norm, m.end()):
            spans.append(m.span())
    return spans


def _clause_hits(
    norm: str,
    clause: Clause,
    where: dict[str, list[int]],
    present: set[str],
    extra: tuple[tuple[int, int], ...] = (),
) -> tuple[dict[str, tuple[int, int]], bool]:
    """Tags named in one clause, each with the strength and offset of its best cue.

    Also whether the clause is critical: it says something fell short, or names a
    weakness on its own. `present` holds the gated cues that may match in the clause;
    `extra` the deficits found outside the clause's own words (a low score on a stated
    scale, a following "that's a red flag").
    """
    span = (clause.start, clause.end)
    neutral = _neutral_spans(norm, clause)
    deficits = [
        m.span()
        for m in _GATE.finditer("deficit", DEFICIT, norm, span, where)
        if not _overlaps(neutral, *m.span())
    ]
    deficits.extend(extra)
    imperative = IMPERATIVE.match(norm, *span)
    if imperative:
        deficits.append(imperative.span())
    hits: dict[str, tuple[int, int]] = {}
    # Stage 1: cues that name a weakness on their own ("rambled", "hiring freeze").
    for tag, name, strength, pattern in _STAGE1:
        if tag in hits or (name not in present and name not in _GATE.always):
            continue
        for m in _GATE.finditer(name, pattern, norm, span, where):
            before = norm[max(clause.start, m.start() - 30) : m.start()]
            if _overlaps(neutral, *m.span()) or (
                NEGATED_BEFORE.search(before) and not NEGATED_PRAISE_BEFORE.search(before)
            ):
                continue
            if tag not in _PRAISE_BLIND and (
                _praised(before, PRAISED_BEFORE) or PRAISED_AFTER.match(norm, m.end(), clause.end)
            ):
                continue
            if tag in _PASSING and PASSED_AFTER.match(norm, m.end(), m.end() + 80):
                continue
            hits[tag] = (strength, m.start())
            if tag in _CRITICAL_WEAK:
                # A clause that names this weakness is critical for its other
                # topics: "his reasoning on the estimate was all over the place".
                deficits.append(m.span())
            break
    if not deficits:
        return _apply_yields(hits), bool(hits)
    # Stage 2: a critical clause that names an area yields that area's tag.
    for tag, name, topic in _STAGE2:
        if tag in hits or (name not in present and name not in _GATE.always):
            continue
        for m in _GATE.finditer(name, topic, norm, span, where):
            # The deficit must be more than the topic's own words ("without being asked"),
            # but a topic inside a long deficit span counts ("someone whose background
            # ... was more closely aligned").
            before = norm[max(clause.start, m.start() - 30) : m.start()]
            if (
                _overlaps(neutral, *m.span())
                or PRAISED_AFTER.match(norm, m.end(), clause.end)
                or (tag not in _PRAISE_BLIND and _praised(before, PRAISED_BEFORE_TOPIC))
            ):
                continue
            if any(
                e <= m.start() or s >= m.end() or (s < m.start() and e > m.end())
                for s, e in deficits
            ):
                hits[tag] = (_SOFT, m.start())
                break
    kept = _apply_yields(hits)
    if "presentation_prep" in kept and "conciseness" in hits and OVERRUN.search(norm, *span):
        kept["conciseness"] = hits["conciseness"]
    return kept, True


def _gives_way_to(tag: str, strength: int, rivals: set[str]) -> set[str]:
    """The rivals in one clause that a finding of `tag` gives way to."""
    beaten = rivals & _YIELDS_ALWAYS.get(tag, frozenset())
    if strength == _SOFT:
        if tag == "specific_examples":
            beaten |= rivals - _EXAMPLES_KEEP_WITH
        beaten |= rivals & _YIELDS_WEAKER.get(tag, frozenset())
    return beaten


def _apply_yields(hits: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Drop findings that give way to a more specific finding in the same clause.

    Two findings that would each give way to the other both stay: "the Kubernetes
    knowledge was thin and the non-engineers struggled to follow" names both.
    """
    beats = {
        tag: _gives_way_to(tag, strength, hits.keys() - {tag})
        for tag, (strength, _) in hits.items()
    }
    return {
        tag: found
        for tag, found in hits.items()
        if not any(tag not in beats[rival] for rival in beats[tag])
    }


@dataclass(frozen=True)
class Reading:
    """What the rules read in a text: its clauses and the weaknesses the rules found.

    `norm` is the normalised text (offsets match the original); each clause has its
    offsets, whether it is critical and the tags found in it; `found` holds each rule
    finding (one per tag) with its start offset.
    """

    norm: str
    clauses: tuple[ReadClause, ...]
    found: tuple[tuple[int, Weakness], ...]


def _low_scores(norm: str) -> list[tuple[int, int]]:
    """Scores below the pass mark the text states ("the minimum standard was 4")."""
    stated = PASS_MARK.search(norm)
    if not stated:
        return []
    mark = int(stated.group(1) or stated.group(2))
    return [m.span(1) for m in SCORE.finditer(norm) if int(m.group(1)) < mark]


def _verdict_follows(
    norm: str,
    parts: list[Clause],
    readings: list[tuple[dict[str, tuple[int, int]], bool]],
    index: int,
) -> bool:
    """Whether a clause restating a question is followed, within the next two sentences,
    by a bare verdict of a few words that names nothing itself ("Not great.",
    "weak answer"), with nothing named in between."""
    clause = parts[index]
    if not ASKED.match(norm, clause.start, clause.end):
        return False
    for later in range(index + 1, min(index + 4, len(parts))):
        part = parts[later]
        if part.sentence > clause.sentence + 2:
            break
        hits, critical = readings[later]
        if hits:
            return False
        if critical and len(norm[part.start : part.end].split()) <= 5:
            return True
    return False


def read(text: str) -> Reading:
    """The rules' reading of a text: critical clauses and findings, one per tag."""
    norm = normalise(text)
    spans = sentences(norm)
    where = _GATE.positions(norm)
    best: dict[str, tuple[int, Clause, int]] = {}
    can_change: set[str] = set()
    marked: list[ReadClause] = []
    low = _low_scores(norm)
    parts = clauses(norm, spans)
    present = _GATE.present_in(where, [(part.start, part.end) for part in parts])
    readings = []
    for index, clause in enumerate(parts):
        extra = tuple(s for s in low if clause.start <= s[0] < clause.end)
        following = parts[index + 1] if index + 1 < len(parts) else None
        if following and ANAPHORIC_CRITICISM.match(norm, following.start, following.end):
            # "... you said 'I'm bored'. That's a red flag for us": the criticism that
            # follows makes this clause critical.
            extra += ((clause.end, clause.end),)
        readings.append(_clause_hits(norm, clause, where, present[index], extra))
    for index, clause in enumerate(parts):
        if not readings[index][1] and _verdict_follows(norm, parts, readings, index):
            # "Asked how he'd handle two pickers arguing. Said he'd tell them to sort it
            # out. Not great.": a bare verdict on the answer is about the question's topic.
            verdict = ((clause.end, clause.end),)
            readings[index] = _clause_hits(norm, clause, where, present[index], verdict)
    for clause, (hits, critical) in zip(parts, readings, strict=True):
        marked.append(ReadClause(clause.start, clause.end, critical, frozenset(hits)))
        for tag, (strength, at) in hits.items():
            s_start, s_end = spans[clause.sentence]
            if not is_changeable(tag) and CAN_CHANGE.search(norm, s_start, s_end):
                can_change.add(tag)
            if tag not in best or strength > best[tag][0]:
                best[tag] = (strength, clause, at)
    if "external_factor" in best and len(best) > 1:
        # "We have chosen another candidate" beside a reason about the person is the
        # outcome, not a second reason.
        _, clause, _ = best["external_factor"]
        if OTHER_CHOSEN.search(norm, clause.start, clause.end) and not EXTERNAL_REASON.search(norm):
            del best["external_factor"]
    if "presentation_prep" in best and "conciseness" in best:
        # A take-home or case that "ran out of time" was unfinished, not long-winded.
        _, clause, _ = best["conciseness"]
        if RAN_OUT.search(norm, clause.start, clause.end) and not OVERRUN.search(norm):
            del best["conciseness"]
    found: list[tuple[int, Weakness]] = []
    for tag, (_, clause, at) in best.items():
        start, end = trim_span(norm, *fragment(norm, clause.start, clause.end, at))
        actionable = is_changeable(tag) or tag in can_change
        found.append((start, Weakness(tag, actionable, text[start:end])))
    found.sort(key=lambda pair: pair[0])
    return Reading(norm, tuple(marked), tuple(found))


# The fewest clauses in which the judge may drop a rule finding.
VETO_FROM = 3


class Candidate(NamedTuple):
    """A tag for the judge to decide: the rules' finding, if they found it, the clause that
    scores it highest, and the judge's inputs."""

    tag: str
    rule: tuple[int, Weakness] | None
    where: int
    inputs: tuple[float, ...]


def candidates(
    reading: Reading, model: Model, clause_model: Model, net: Net
) -> tuple[list[tuple[int, Weakness]], list[Candidate]]:
    """The rule findings kept without a vote, and the tags the judge decides.

    A note of fewer than `VETO_FROM` clauses keeps every rule finding: almost no held-out
    text is that short (the short labelled texts are nearly all the first writer's, which
    the rules were tuned on), so nothing shows that dropping helps there; in a longer text
    each rule finding is a candidate. So is every tag the rules did not find, in a text
    they read as critical somewhere: pleasantries, praise and brush-offs, which the rules
    read as naming nothing, get nothing added. The judge also sees the text's `Setting`,
    counted over the tags it decides. Both models list the tags in the same order, the
    taxonomy's.
    """
    clauses = reading.clauses
    found = {w.tag: (start, w) for start, w in reading.found}
    if not clauses:
        return [], []
    words = clause_words(reading.norm, clauses)
    per_clause = context_features(clauses, words)
    logits = [clause_model.logits(feats) for feats in per_clause]
    net_logits = [max(column) for column in zip(*map(net.logits, per_clause), strict=True)]
    text_logits = model.logits(text_features(words, found))
    # Per clause, its two best log-odds and the tag of the first, for the best other tag's.
    leaders = []
    for row in logits:
        first, second = heapq.nlargest(2, row)
        leaders.append((row.index(first), first, second))
    critical_clauses = sum(clause.critical for clause in clauses)
    veto = len(clauses) >= VETO_FROM
    kept: list[tuple[int, Weakness]] = []
    # Per tag to decide: its index and rule finding, and its best clause with its score.
    open_scores: list[tuple[int, tuple[int, Weakness] | None, int, float]] = []
    for index, (tag, column) in enumerate(
        zip(clause_model.tags, zip(*logits, strict=True), strict=True)
    ):
        rule = found.get(tag)
        if rule and not veto:
            kept.append(rule)
        elif rule or critical_clauses:
            top = max(column)
            open_scores.append((index, rule, column.index(top), top))  # its first best clause
    setting = Setting(
        likely=sum(top > 0 for *_, top in open_scores),
        likely_net=sum(net_logits[index] > 0 for index, *_ in open_scores),
        critical_clauses=critical_clauses,
    )
    open_tags: list[Candidate] = []
    for index, rule, where, top in open_scores:
        leader, first, second = leaders[where]
        other = second if leader == index else first
        inputs = judge_inputs(
            rule is not None,
            top,
            text_logits[index],
            other,
            net_logits[index],
            clauses[where].critical,
            setting,
        )
        open_tags.append(Candidate(clause_model.tags[index], rule, where, inputs))
    return kept, open_tags


def second_opinion(
    text: str, reading: Reading, model: Model, clause_model: Model, net: Net, judge: Judge
) -> list[Weakness]:
    """The rules' findings as the models and the judge weigh them, and the tags they add,
    in text order (`candidates` says which the judge decides). A tag the rules missed has
    the clause that scores it highest as its evidence and the taxonomy's changeable flag.
    """
    kept, open_tags = candidates(reading, model, clause_model, net)
    for candidate in open_tags:
        if judge.agrees(candidate.inputs):
            if candidate.rule:
                kept.append(candidate.rule)
            else:
                kept.extend(_added(text, reading, candidate.tag, candidate.where))
    kept.sort(key=lambda pair: pair[0])
    return [weakness for _, weakness in kept]


def _added(text: str, reading: Reading, tag: str, index: int) -> list[tuple[int, Weakness]]:
    """A finding the models add, with one clause as its evidence (none if it is blank)."""
    clause = reading.clauses[index]
    start, end = trim_span(reading.norm, clause.start, clause.end)
    return [(start, Weakness(tag, is_changeable(tag), text[start:end]))] if start < end else []


def identify_weaknesses(text: str) -> list[Weakness]:
    """Propose the weaknesses a piece of feedback names, one per tag, in text order."""
    return second_opinion(
        text, read(text), load_model(), load_model(CLAUSE_WEIGHTS), load_net(), load_judge()
    )
