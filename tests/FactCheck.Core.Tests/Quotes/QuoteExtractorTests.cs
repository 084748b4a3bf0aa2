using FactCheck.Core.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Quotes;

/// Quotes, kinds, groups and speakers through the whole pipeline, on invented news prose.
public class QuoteExtractorTests
{
    private static (string Text, Quote Quote)[] Quotes(string text) =>
        ArticleAnalyzer.Default.Analyze(text).Quotes.Select(q => (text.Slice(q.Span), q)).ToArray();

    private static Quote Single(string text, string quoted) =>
        Assert.Single(Quotes(text), q => q.Text == quoted).Quote;

    [Theory]
    [InlineData("\u201CThe bridge is safe,\u201D Mayor Ana Ruiz said on Monday.", "Ana Ruiz", "said")]
    [InlineData("\u201CThe bridge is safe,\u201D said Mayor Ana Ruiz.", "Ana Ruiz", "said")]
    [InlineData("Mayor Ana Ruiz said: \u201CThe bridge is safe.\u201D", "Ana Ruiz", "said")]
    [InlineData("Senator Paul Okafor asked, \u201CWho pays for the bridge?\u201D", "Paul Okafor", "asked")]
    [InlineData("Governor Lena Park met Senator Paul Okafor. Park\u2019s reply was blunt: \u201CNot one cent.\u201D", "Lena Park", "reply")]
    [InlineData("According to Paul Okafor, \u201Cthe money is gone.\u201D", "Paul Okafor", "According to")]
    [InlineData("\u201CThe money is gone,\u201D Paul Okafor, a spokesman for the council, told reporters.", "Paul Okafor", "told")]
    [InlineData("\u201CNo comment,\u201D tweeted Lena Park.", "Lena Park", "tweeted")]
    [InlineData("Senator Lena Park rejected the bill, calling it \u201Ca betrayal of every voter.\u201D", "Lena Park", "calling")]
    [InlineData("Mayor Ana Ruiz defended the budget as \u201Cfair and necessary.\u201D", "Ana Ruiz", "defended")]
    [InlineData("Jo Lee broke down what went wrong: \u201CWe ran out of money.\u201D", "Jo Lee", ":")]
    [InlineData("\u201CWe will win,\u201D said Clinton ally James Carville.", "James Carville", "said")]
    [InlineData("\u201CIt is over,\u201D Will Doyle said.", "Will Doyle", "said")]
    [InlineData("Reprising a favorite line, Senator Lena Park praised the \u201Cprogress we made together.\u201D", "Lena Park", "praised")]
    [InlineData("\u201CWe will appeal,\u201D said the union\u2019s lawyer, Tom Baker.", "Tom Baker", "said")]
    [InlineData("\u201CThe roads are fine,\u201D Lt. Col. Mark Ferris of the State Police said.", "Mark Ferris", "said")]
    [InlineData("As House Speaker Tom Reed (R-Wis.) has pointed out, that is the \u201Ctextbook definition\u201D of waste.", "Tom Reed", "pointed")]
    [InlineData("Senator Lena Park on Saturday tweeted a photo bearing the words \u201Cmost corrupt budget ever!\u201D", "Lena Park", "tweeted")]
    [InlineData("\u201CWe are ready,\u201D said Ruiz\u2019s deputy campaign manager, Tom Baker, who ran the count.", "Tom Baker", "said")]
    [InlineData("Of the mayor, Jo Lee, who has given money to Ana Ruiz, said, \u201CShe is tired.\u201D", "Jo Lee", "said")]
    [InlineData("Sen. Lena Park (Maine) joined the group, publishing an op-ed hammering his \u201Cunsuitability for office.\u201D", "Lena Park", "joined")]
    [InlineData("\u201CThis is the best day of my life!\u201D beamed Rosa Delgado of Tulsa, who had waited since dawn.", "Rosa Delgado", "beamed")]
    [InlineData("\u201CLet me help you out: the answer is no,\u201D Senator Lena Park riffed, drawing laughs.", "Lena Park", "riffed")]
    [InlineData("\u201CNice try,\u201D Jo Lee taunted from the back row.", "Jo Lee", "taunted")]
    [InlineData("\u201CThe budget is balanced,\u201D said Mayor Bill de Blasio.", "Bill de Blasio", "said")]
    [InlineData("\u201CThe money is gone,\u201D according to Paul Okafor.", "Paul Okafor", "according to")]
    [InlineData("\u201CThe money is gone,\u201D Wyoming party chairman Paul Okafor said.", "Paul Okafor", "said")]
    public void Extract_NamedSpeakerWithCue_GivesTheSpeakerAndTheCue(string text, string speaker, string cue)
    {
        var quote = Assert.Single(Quotes(text), q => q.Quote.Kind == QuoteKind.Statement).Quote;

        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.True(quote.Speaker!.IsNamed);
        Assert.Equal(cue, quote.Speaker.Cue);
        if (quote.Speaker.CueSpan is { } cueSpan)
            Assert.Equal(cue, text.Slice(cueSpan));
    }

    [Theory]
    // the person told is not the speaker, before or after the quote
    [InlineData("Mayor Ana Ruiz took questions for an hour, telling the crowd, \u201CWe will rebuild the bridge.\u201D", "We will rebuild the bridge.", "Ana Ruiz")]
    [InlineData("Senator Lena Park did not want to discuss \u201Cthat proposal,\u201D telling the Gazette that she was focused on roads.", "that proposal,", "Lena Park")]
    // a cue in a clause of its own ("while …") belongs to that clause
    [InlineData("Senator Lena Park said the plan would \u201Cfix the roads for good\u201D while Governor Tom Reed suggested it was too costly.", "fix the roads for good", "Lena Park")]
    [InlineData("Mayor Ana Ruiz accuses Governor Tom Reed of a \u201Creckless gamble\u201D while Reed suggests the mayor is out of touch.", "reckless gamble", "Ana Ruiz")]
    // a role owned by someone, then the person's name
    [InlineData("\u201CWe will appeal the ruling,\u201D said the mayor\u2019s chief of staff Tom Baker.", "We will appeal the ruling,", "Tom Baker")]
    [InlineData("\u201CWe will appeal the ruling,\u201D said Ruiz\u2019s top budget adviser Tom Baker.", "We will appeal the ruling,", "Tom Baker")]
    // a document whose name ends in a word that is also a cue
    [InlineData("\u201CThe accounts were never checked,\u201D the state audit report said.", "The accounts were never checked,", "the state audit report")]
    // a description that starts with a capitalised name
    [InlineData("The GOP presidential candidate sent an email to supporters on Tuesday, inviting them to \u201Cwin my engraved shotgun!\u201D", "win my engraved shotgun!", "The GOP presidential candidate")]
    // an introduction before the subject, in any case
    [InlineData("And after the court refused to act, Governor Tom Reed blamed the court\u2019s \u201Cfour activist judges.\u201D", "four activist judges.", "Tom Reed")]
    [InlineData("First, Mayor Ana Ruiz attacked the governor for being a \u201Cfailed leader.\u201D", "failed leader.", "Ana Ruiz")]
    // a long apposition, between commas or dashes
    [InlineData("Tom Baker, a veteran organizer who ran three campaigns for the party in the state and now leads its early-vote drive across the whole county, said the program is a \u201Ccritical part of our plan.\u201D", "critical part of our plan.", "Tom Baker")]
    [InlineData("On Friday, Mayor Ana Ruiz \u2014 mentioned by the Gazette as a likely candidate for governor \u2014 told reporters that \u201Cwe have to look at it seriously.\u201D", "we have to look at it seriously.", "Ana Ruiz")]
    [InlineData("Said Rosa Delgado, who grew up on the same street, \u201CWe were all so proud of him.\u201D", "We were all so proud of him.", "Rosa Delgado")]
    // a headline in title case names its speaker first
    [InlineData("Lena Park Explained Why She Felt \u201CInvisible\u201D As A Child", "Invisible", "Lena Park")]
    // a sentence that announces what the quote after it is
    [InlineData("Senator Lena Park tweeted a warning. \u201CRemember in November who voted against the bridge.\u201D", "Remember in November who voted against the bridge.", "Lena Park")]
    // a verb of speech the engine does not list, right after the speaker
    [InlineData("\u201CThe city will always be the city,\u201D an angry Ana Ruiz retaliated.", "The city will always be the city,", "Ana Ruiz")]
    [InlineData("\u201COur ideas of success differ,\u201D agrees Rosa Delgado, 30, of Tulsa.", "Our ideas of success differ,", "Rosa Delgado")]
    // roles with "of" and adjectives before them
    [InlineData("\u201CPositions will soften,\u201D Senator Lena Park\u2019s chief of staff, Tom Baker, told the Gazette.", "Positions will soften,", "Tom Baker")]
    [InlineData("\u201CI do not know where he stands,\u201D said undecided Republican voter Rosa Delgado of Tulsa.", "I do not know where he stands,", "Rosa Delgado")]
    // a participle takes the subject of the sentence, not the thing or person just before it
    [InlineData("Council President Jo Lee issued a statement saying the plan \u201Chas no place in this city.\u201D", "has no place in this city.", "Jo Lee")]
    [InlineData("Mayor Ana Ruiz answered the question on Facebook writing, \u201CYes, I will.\u201D", "Yes, I will.", "Ana Ruiz")]
    // a dateline is not the subject
    [InlineData("TULSA, July 25 (AP) \u2014 The city council released a statement on Monday, offering \u201Ca sincere apology\u201D to the residents.", "a sincere apology", "The city council")]
    // a place after the speaker's name is part of the mention, not the speaker
    [InlineData("Rosa Delgado of Columbia, South Carolina says she thinks the mayor can win if she keeps \u201Cdoing what she is doing.\u201D", "doing what she is doing.", "Rosa Delgado")]
    [InlineData("Informed of the district\u2019s lean, Ana Ruiz described it as \u201Cnews to me.\u201D", "news to me.", "Ana Ruiz")]
    [InlineData("Voters were quick to react, with Senator Lena Park calling the plan a \u201Cbudget disaster.\u201D", "budget disaster.", "Lena Park")]
    [InlineData("As the Gazette\u2019s Rosa Delgado puts it, \u201CThe council is unmoved.\u201D", "The council is unmoved.", "Rosa Delgado")]
    [InlineData("\u201CWe must rebuild the bridge,\u201D said former secretary of state Lena Park, who visited the town on Monday.", "We must rebuild the bridge,", "Lena Park")]
    [InlineData("Tulsa University\u2019s Rosa Delgado agreed. \u201CThe council is running out of time.\u201D", "The council is running out of time.", "Rosa Delgado")]
    [InlineData("\u2018Bridge Truther\u2019 Tom Reed Is Like A Client Who Never Listens, Lena Park Says.", "Bridge Truther", "Lena Park")]
    [InlineData("When Mayor Ana Ruiz later spoke of the flood and said she would \u201Cprotect every home,\u201D the crowd applauded loudly.", "protect every home,", "Ana Ruiz")]
    // the paragraph before announces the quote that opens the next one
    [InlineData("Reporter Ana Ruiz says:\n\u201CThe bridge is closed and the river is still rising.\u201D", "The bridge is closed and the river is still rising.", "Ana Ruiz")]
    [InlineData("When the mayor died, Governor Tom Reed released the following statement:\n\u201COur thoughts are with her family.\u201D", "Our thoughts are with her family.", "Tom Reed")]
    [InlineData("Senator Lena Park spoke after the vote. Chef Tom Reed insisted that the kitchen stay open.\n\u201CWe feed people who need it.\u201D", "We feed people who need it.", "Tom Reed")]
    [InlineData("\u201CWe will not comment,\u201D a spokesman for Platte River bristled.", "We will not comment,", "a spokesman for Platte River")]
    // a possessive and a word for what was said, without a colon
    [InlineData("The governor blamed the press for making an issue of Senator Lena Park\u2019s claim that the mayor \u201Cfounded the cartel,\u201D saying they missed the point.", "founded the cartel,", "Lena Park")]
    [InlineData("Mayor Ana Ruiz\u2019s campaign slogan is \u201CI am with you.\u201D", "I am with you.", "Ana Ruiz")]
    // a quantifier as the subject of a speech verb
    [InlineData("Several said they would rather the state hand out the money in \u201Cblock grants\u201D to towns.", "block grants", "Several")]
    [InlineData("Supporters held signs above their heads as they celebrated. Some chanted \u201CTulsa! Tulsa!\u201D", "Tulsa! Tulsa!", "Some")]
    // a participle after "X said" belongs to X
    [InlineData("The two will meet next week, Tom Reed said, adding, \u201CThey need to sit down and talk.\u201D", "They need to sit down and talk.", "Tom Reed")]
    [InlineData("Here in Tulsa, Mayor Ana Ruiz stepped up her attacks on the plan, saying, \u201CWe cannot afford it.\u201D", "We cannot afford it.", "Ana Ruiz")]
    // the one spoken to inside the subject is not the subject
    [InlineData("Another council source speaking to the Gazette said, \u201CThe vote was rigged.\u201D", "The vote was rigged.", "Another council source speaking to the Gazette")]
    // a name given to a description
    [InlineData("\u201CThere never was an order,\u201D said the base chief known as Bob, speaking for the first time.", "There never was an order,", "Bob")]
    // affiliations and places in full
    [InlineData("\u201CThere is a passion for the mayor,\u201D said Rosa Delgado of the New York delegation.", "There is a passion for the mayor,", "Rosa Delgado")]
    // a relative clause with no comma to close it before the cue
    [InlineData("\u201CThis new ad raises questions,\u201D Rosa Delgado, who is chairman of Our Streets Pac said in a statement.", "This new ad raises questions,", "Rosa Delgado")]
    // an introduction with a relative clause of its own
    [InlineData("Speaking to the Gazette in Tulsa, which hosts the vote on Tuesday, Mayor Ana Ruiz referred to the plan as \u201Ca bright idea\u201D but described its cost as a \u201Cwork in progress.\u201D", "work in progress.", "Ana Ruiz")]
    [InlineData("However, as Archbishop Tom Reed of the Armenian Church of Tulsa told the Associated Press (AP), \u201CWe have suffered the same fate.\u201D", "We have suffered the same fate.", "Tom Reed")]
    // a possessive apostrophe before the quote does not close an earlier one
    [InlineData("Senator Lena Park has intimated that the Reeds' \"plan to cut the school budget in half\" will not pass.", "plan to cut the school budget in half", "Lena Park")]
    // a name qualifying a group is not the speaker
    [InlineData("Ruiz supporters are crying \u201Cfraud\u201D over the count and threatening to sit out the vote.", "fraud", "Ruiz supporters")]
    [InlineData("Hours later, Mayor Ana Ruiz returned the compliment, telling the Gazette, \u201CHe is an amazing man.\u201D", "He is an amazing man.", "Ana Ruiz")]
    [InlineData("The plan has provoked mixed feelings in many Asian states, and it has used \u201Cvelvet gloves\u201D in its dealings, said Rosa Delgado, an expert at Tulsa University.", "velvet gloves", "Rosa Delgado")]
    [InlineData("Mayor Ana Ruiz proposed we \u201Cwake up and smell the coffee\u201D and said Governor Tom Reed should resign.", "wake up and smell the coffee", "Ana Ruiz")]
    [InlineData("As the crowd cheered, the Gazette\u2019s Tom Reed reported, his wife whispered to him: \u201CThey are still with you.\u201D", "They are still with you.", "his wife")]
    [InlineData("Mayor Ana Ruiz proposed a debate on Monday - but the Park campaign rejected the idea as \u201Cludicrous\u201D because of the game.", "ludicrous", "the Park campaign")]
    [InlineData("In a statement, the DNC said the remarks were \u201Ccompletely unacceptable\u201D and that the committee would look into it.", "completely unacceptable", "DNC")]
    // a signature after a dash, closing the paragraph, names who wrote or said it
    [InlineData("\u201CThe council has lost its way. It must listen to us.\u201D \u2015 Rosa Delgado", "The council has lost its way. It must listen to us.", "Rosa Delgado")]
    [InlineData("Tom Reed spoke first.\n\u201CI voted for change, and I got potholes.\u201D\u2014 Ana Ruiz.", "I voted for change, and I got potholes.", "Ana Ruiz")]
    // an apposition with a participle, even one holding a quote of its own, between the speaker and the verb
    [InlineData("\u201CWe had better days,\u201D Ohio delegate Tom Reed, wearing a cowboy hat and \u201CRuiz for Mayor\u201D pins, said quietly.", "We had better days,", "Tom Reed")]
    [InlineData("The count was over, Tom Reed said. Ana Ruiz, speaking to reporters in Tulsa, said, \u201CThe vote is ours.\u201D", "The vote is ours.", "Ana Ruiz")]
    // a name after a dash and before the colon introduces the quote, whatever the words before the dash
    [InlineData("Pollsters agree - Rosa Delgado: \u201CThe samples were far too small.\u201D", "The samples were far too small.", "Rosa Delgado")]
    [InlineData("But polls did predict the Democratic race - Tom Reed: \u201CThe final average was close.\u201D", "The final average was close.", "Tom Reed")]
    // the subject of an opening participle's clause is the sentence's subject, not a place in the participle's phrase
    [InlineData("Speaking at a town hall in Salem, New Hampshire, Ana Ruiz went after Reed, calling him \u201Ca total fraud.\u201D", "a total fraud.", "Ana Ruiz")]
    // a pronoun after the quote is the sentence's subject, not the name that only says whose spokesman he is
    [InlineData("Ruiz spokesman Tom Reed said the campaign will show voters that Ruiz has \u201Cguiding principles to make the city better,\u201D he said.", "guiding principles to make the city better,", "Tom Reed")]
    [InlineData("Tom Reed went after Bill Lane at the debate, refusing to recant, when he called the plan \u201Cunhinged.\u201D", "unhinged.", "Tom Reed")]
    // a pronoun is the person who speaks in the sentence before, not a name in its introduction
    [InlineData("With a vote for Tom Reed ruled out, Bill Lane said he is left with two options: vote for Ruiz, whom he called \u201Cthe most divisive figure in the city,\u201D or stay home.", "the most divisive figure in the city,", "Bill Lane")]
    // a new sentence, or another speaker with a cue of their own, does not continue the quote before
    [InlineData("\u201CLook at what you did,\u201D Tom Reed said. Bill Lane responded, \u201CWe can fix it later.\u201D", "We can fix it later.", "Bill Lane")]
    [InlineData("\u201CWe can work together,\u201D said Mr. Tom Reed, \u201Cbut not on this bill.\u201D", "but not on this bill.", "Tom Reed")]
    [InlineData("\u201CThere is a young man with some problems,\u201D Ana Ruiz said as the heckler yelled: \u201CYou lie!\u201D", "You lie!", "the heckler")]
    // a description and the name between dashes
    [InlineData("A former Republican mayor -- Tom Reed, who lost the 2008 race to Ruiz -- said the mayor \u201Coffered no changes to her plan.\u201D", "offered no changes to her plan.", "Tom Reed")]
    [InlineData("The crowd cheered for a minute.\nStudent Tom Reed echoed:\n\u201CHe speaks his mind.\u201D", "He speaks his mind.", "Tom Reed")]
    // a quote opening its paragraph, with no speaker so far, is the previous paragraph's named subject's; not a thing's
    [InlineData("Chef Tom Reed praised the mayor\u2019s handling of the flood.\n\u201CWe need someone who gets things done.\u201D", "We need someone who gets things done.", "Tom Reed")]
    [InlineData("The bridge over the river closed on Monday.\n\u201CIt was a mess from the start.\u201D", "It was a mess from the start.", null)]
    // a determiner, a noun and a verb are a subject and its verb
    [InlineData("At a forum in Tulsa on Monday, one questioner claimed that the \u201Cforces of correctness\u201D were hurting the city.", "forces of correctness", "one questioner")]
    [InlineData("Tom Reed, a creative writing professor, said he holds his roots in Tulsa \u201Cvery near and dear to my heart.\u201D", "very near and dear to my heart.", "Tom Reed")]
    [InlineData("Reed, who has in the past described Ruiz as \u201Ca menace\u201D and \u201Ca fraud,\u201D clearly intended the audience to \u201Crecognize\u201D her in that passage.", "recognize", "Reed")]
    [InlineData("Another worshiper who prayed at the center said he heard Reed talk of \u201Cimmorality\u201D in the city.", "immorality", "Another worshiper who prayed at the center")]
    // a share of those polled says it, not the name after the verb
    [InlineData("However, 63 percent said Ruiz was \u201Cjustified\u201D in keeping the report private.", "justified", "63 percent")]
    [InlineData("His former business partner at Acme, Thomas B. Reed, called him a master at bolting together deals. \u201CHe showed again and again an ability to close.\u201D", "He showed again and again an ability to close.", "Thomas B. Reed")]
    // an indefinite description that its apposition names
    [InlineData("Another critic, Lawrence H. Reed, likened the rules to \u201Cburning the city charter\u201D in a letter.", "burning the city charter", "Lawrence H. Reed")]
    // "it" as the subject of a cue is the organisation the sentence is about
    [InlineData("The Tulsa City Council made a strong condemnation of the plan and pledged to block it as a deterrence to what it called \u201Ca clear threat to the city.\u201D", "a clear threat to the city.", "The Tulsa City Council")]
    [InlineData("The city is under a curfew. Protesters marching through the streets chanted \u201CWhat curfew?\u201D and kept going.", "What curfew?", "Protesters")]
    [InlineData("On \"Face the City,\" Sen. Tom Reed (Okla.), who lost the primary to Ruiz, named the exhaustion of young voters as one reason. \"The younger people are sick and tired of it.\"", "The younger people are sick and tired of it.", "Tom Reed")]
    // a document as the subject, and a document that put it so
    [InlineData("Twenty-two years ago, a Gazette article hailed Ruiz as \u201CThe Comeback Kid\u201D for her success.", "The Comeback Kid", "a Gazette article")]
    [InlineData("The main requirement is a \"lawful source of investment income,\" as a city council memo put it.", "lawful source of investment income,", "a city council memo")]
    // the subject after an opening participle phrase that holds the quote
    [InlineData("Bemoaning the \"phony system,\" Ana Ruiz accused Reed of being a Democrat.", "phony system,", "Ana Ruiz")]
    // an introduction with a comma of its own
    [InlineData("Following a swiftly called, late-afternoon meeting, the city council issued a statement calling the vote \"a clear violation\" of the charter.", "a clear violation", "the city council")]
    // a group and what it is made of
    [InlineData("Small groups of protesters marched around the stadium - where the team played on Sunday - while chanting, \"Hands up, don't shoot.\"", "Hands up, don't shoot.", "Small groups of protesters")]
    [InlineData("The move was odd. According to conservative talk radio host Rush Reed, the move reeks of \u201Cfear\u201D and desperation.", "fear", "Rush Reed")]
    // the subject of an absolute phrase with a participle
    [InlineData("Critics were quick to chime in, with Ana Ruiz tweeting that it was a \"disaster\" for Reed and asking, \"How can he lead the city?\"", "How can he lead the city?", "Ana Ruiz")]
    [InlineData("In June 2009, after Ana Ruiz fell ill, Tom Reed emailed his condolences, addressing her as \u201CAna\u201D and telling her, \u201Cyou are an all-star player.\u201D", "you are an all-star player.", "Tom Reed")]
    [InlineData("Tom Reed emailed his condolences, telling her, \u201Cyou are an all-star player!\u201D She replied to him that it was an honor.", "you are an all-star player!", "Tom Reed")]
    // a source or a person named right before the colon
    [InlineData("The timing of the surge does not surprise Republican pollster Tom Reed: \u201CLesser-known candidates always rise late.\u201D", "Lesser-known candidates always rise late.", "Tom Reed")]
    [InlineData("What that means for the vote - More from Reed: \u201CThe partisanship of the city is growing.\u201D", "The partisanship of the city is growing.", "Reed")]
    [InlineData("Not all panels are equal. From the report: \u201CIn general, small samples are not well isolated.\u201D", "In general, small samples are not well isolated.", "the report")]
    [InlineData("\u201CHi Americans! The mayor may change!\u201D a welcome message on the website reads.", "Hi Americans! The mayor may change!", "a welcome message on the website")]
    // a verb between two names is not part of one name
    [InlineData("\u201CThe distraction gets you off message,\u201D said Republican party boss Tom Reed, though he expected more.", "The distraction gets you off message,", "Tom Reed")]
    [InlineData("Ana Ruiz accuses Tom Reed of subjecting her to an \u201Cartful smear\u201D regarding her links.", "artful smear", "Ana Ruiz")]
    // two people as one subject
    [InlineData("Ana Ruiz and Tom Reed issued a statement describing their meeting as a \u201Cvery positive step toward unity.\u201D", "very positive step toward unity.", "Ana Ruiz and Tom Reed")]
    [InlineData("Voters care about the future - Frank Lane and Jim Reed: \u201CWe found that voters want someone who inspires.\u201D", "We found that voters want someone who inspires.", "Frank Lane and Jim Reed")]
    [InlineData("\u201CWe will not back down,\u201D Ana Ruiz and Tom Reed said in a joint statement.", "We will not back down,", "Ana Ruiz and Tom Reed")]
    [InlineData("Frank Lane and Jim Reed: \u201CWe found that voters want someone who inspires.\u201D", "We found that voters want someone who inspires.", "Frank Lane and Jim Reed")]
    // a naming word opening the speaker's phrase after the quote is not the cue; two speakers and their apposition
    [InlineData("\u201CWe can only wonder what the intent is,\u201D state Senate leader Tom Reed and House Speaker Ana Ruiz, both Republicans, said in a statement.", "We can only wonder what the intent is,", "state Senate leader Tom Reed and House Speaker Ana Ruiz")]
    // a role between the organisation and the person; a publication and what it is
    [InlineData("\u201CThe mayor said he thought the plan was fair,\u201D wrote Gazette City Hall bureau chief Tom Reed, citing people at the meeting.", "The mayor said he thought the plan was fair,", "Tom Reed")]
    // the subject of the speech verb before a pronoun that is the subject of the nearer one
    [InlineData("Tom Reed spoke first. The longtime senator said he rarely asks others to campaign for him, \u201Cexcept for people I am close to.\u201D", "except for people I am close to.", "The longtime senator")]
    // a cue before ", while" belongs to another clause
    [InlineData("Governor Tom Reed said the plan was weak, while Ana Ruiz, the former mayor, proposed we \u201Cwake up and smell the coffee.\u201D", "wake up and smell the coffee.", "Ana Ruiz")]
    // "according to its analysis" is the speaker's own analysis
    [InlineData("Tom Reed, a member of the party's committee, said that according to its analysis, the party has won, but \u201Cwe are still counting the seats.\u201D", "we are still counting the seats.", "Tom Reed")]
    // a person and others like them
    [InlineData("Ana Ruiz and other right-wing city leaders shunned Tom Reed during his visit, claiming that he is \u201Canti-Tulsa.\u201D", "anti-Tulsa.", "Ana Ruiz and other right-wing city leaders")]
    // a subject with relative clauses up to the cue
    [InlineData("Another worshiper who prayed at the center and who did not want to be named said he heard Reed talk of \u201Cimmorality\u201D in the city.", "immorality", "Another worshiper who prayed at the center and who did not want to be named")]
    // a share of those polled
    [InlineData("A third called themselves evangelical. About four in 10 said they were \u201Cangry\u201D with the council.", "angry", "four in 10")]
    [InlineData("Acknowledging that Reed \u201Csays a lot of silly stuff,\u201D though, Ana Ruiz did suggest that his wealth helps him.", "says a lot of silly stuff,", "Ana Ruiz")]
    [InlineData("In February, a federal judge determined that the city's handling of the files has created at least a \u201Creasonable suspicion\u201D of bad faith.", "reasonable suspicion", "a federal judge")]
    [InlineData("Ruiz's running mate then revealed Tom Reed, \u201Cstrongly encouraged me to do it.\u201D", "strongly encouraged me to do it.", "Ruiz's running mate")]
    [InlineData("Even before Ruiz took the stage on Tuesday night, her campaign sent out a text message to supporters saying: \"With your help, we won.\"", "With your help, we won.", "her campaign")]
    [InlineData("\u201CNot us, but we can't argue with it!\u201D Tom Reed, the head of Tulsa First, Tweeted on Friday with an image.", "Not us, but we can't argue with it!", "Tom Reed")]
    [InlineData("\u201CAna Ruiz is skipping the debate,\u201D a voice over says as a photo of an empty podium is shown.", "Ana Ruiz is skipping the debate,", "a voice over")]
    // a verb of attribution after a description's noun is the verb, not part of the description
    [InlineData("The book accuses Reed of treating the contractors like \"mall security guards.\"", "mall security guards.", "The book")]
    // a name qualifying a document is part of the description
    [InlineData("The Reed ad hits Ruiz for taking \u201Cmore money from banks than from all of Tulsa\u201D and claims that \u201Cthe banks made her rich.\u201D", "the banks made her rich.", "The Reed ad")]
    // a list of quotes has one speaker
    [InlineData("Sen. Tom Reed, who has had a surge in Ohio, named \u201CMad Men,\u201D \u201CThe Wire,\u201D \u201CBreaking Bad\u201D and \u201CVeep\u201D as his top shows, unlike Ana Ruiz.", "Breaking Bad", "Tom Reed")]
    // a cue between two quotes whose subject stands before the first
    [InlineData("In June, Tom Reed emailed Ana Ruiz his condolences, addressing her as \u201CAna\u201D and telling her, \u201Cyou are an all-star player.\u201D", "you are an all-star player.", "Tom Reed")]
    [InlineData("Reprising a favorite line, the former mayor talked about continuing the \u201Cprogress we made together.\u201D", "progress we made together.", "the former mayor")]
    // a transcript's speaker label opens the quote
    [InlineData("The exchange ran as follows.\n\u201CREED: Let me start with the budget. Why did it fail?\u201D", "REED: Let me start with the budget. Why did it fail?", "REED")]
    [InlineData("The exchange ran on.\n\u201CREED: Why did it fail? And who is to blame for the\n\u201CRUIZ: Nobody is to blame.\u201D", "RUIZ: Nobody is to blame.", "RUIZ")]
    // a role and the words before it, up to the name, but not a participle and its object
    [InlineData("Ana Ruiz says Tom Reed\u2019s flurry of tweets targeting former Miss Universe Rosa Delgado was \u201Cunhinged, even for him.\u201D", "unhinged, even for him.", "Ana Ruiz")]
    // a surname alone before the relative clause is the speaker, not the name before it
    [InlineData("Of Ruiz, Delgado, who has given money to the campaign, said, \u201CShe is flat-out scary.\u201D", "She is flat-out scary.", "Delgado")]
    // a naming word after a possessive is still a verb in the third person
    [InlineData("A document on the Ruiz campaign's website states that couples qualify only if their marriage is \u201Crecognized under state law,\u201D language that could bar many.", "recognized under state law,", "the Ruiz campaign's website")]
    [InlineData("According to conservative talk radio host Tom Reed, the move reeks of \u201Cfear\u201D and desperation.", "fear", "Tom Reed")]
    [InlineData("\u201CThe rationale is wrong,\u201D said 9/11 widow Rosa Delgado.", "The rationale is wrong,", "Rosa Delgado")]
    // an apposition and a relative clause after it, before the verb
    [InlineData("Tom Reed, president of the Federation of Teachers, which represents city educators, said he hopes the day sends a message that \u201Ccommunities are standing up for their schools.\u201D", "communities are standing up for their schools.", "Tom Reed")]
    [InlineData("While having a heated debate about the vote, Ana Ruiz commented: \u201CFor you, the bridge is the only reason.\u201D", "For you, the bridge is the only reason.", "Ana Ruiz")]
    // a clause reported by a speech verb: its own subject did not say the words
    [InlineData("Ana Ruiz says her \u201Cfriend and colleague\u201D Tom Reed ran \u201Can honest campaign for the city.\u201D", "an honest campaign for the city.", "Ana Ruiz")]
    [InlineData("In a statement released after the vote, Ana Ruiz said she is certain Reed will continue to be \u201Ca champion for every family in Tulsa.\u201D", "a champion for every family in Tulsa.", "Ana Ruiz")]
    [InlineData("And, in a clip that Judge Tom Reed called \u201Cdistasteful,\u201D Ana Ruiz expressed a desire to \u201Cshut the council down for good.\u201D", "shut the council down for good.", "Ana Ruiz")]
    [InlineData("On the radio, Ana Ruiz said that by refusing to say the words \u201Cbudget cuts,\u201D her rivals are \u201Clying to every voter in the city.\u201D", "lying to every voter in the city.", "Ana Ruiz")]
    // the subject of an absolute phrase, with an adverb before its participle
    [InlineData("At a rally in Birmingham, Alabama, on Saturday, protesters were pushed out, with Tom Reed reportedly yelling: \u201CGet him out of here!\u201D", "Get him out of here!", "Tom Reed")]
    [InlineData("Protesters were pushed out, with Tom Reed shouting, \u201CGet him out of here!\u201D", "Get him out of here!", "Tom Reed")]
    // a participle after a comma takes the sentence's subject, not a noun that looks like an earlier verb
    [InlineData("Sen. Ana Ruiz visited the studio to discuss her recent remarks about her rival, saying \u201Con his worst day\u201D he would be \u201Ca far better mayor\u201D than anyone else.", "a far better mayor", "Ana Ruiz")]
    // a cue followed by "that" is a verb even after a possessive and a noun, and the phrase before "to his …" is its subject
    [InlineData("Reed\u2019s fundraising email to his supporters notes that Ana Ruiz \u201Cis a civil rights attorney who fought for housing.\u201D", "is a civil rights attorney who fought for housing.", "Reed\u2019s fundraising email")]
    [InlineData("Ruiz, star of the show, thanked the mayor for \u201Ctaking these steps to make us all safer.\u201D", "taking these steps to make us all safer.", "Ruiz")]
    [InlineData("Ana Ruiz said in her opening remarks that the plan should back the city\u2019s \u201Cstalwart allies,\u201D naming Tulsa.", "stalwart allies,", "Ana Ruiz")]
    // an organisation, a role ending in "chief" and a name the given-name list does not hold
    [InlineData("\u201CThe mayor did not pick a liberal,\u201D wrote Post White House bureau chief Juliet Eilperin.", "The mayor did not pick a liberal,", "Juliet Eilperin")]
    [InlineData("\u201CThe mayor did not pick a liberal,\u201D wrote Gazette bureau chief Juliet Eilperin.", "The mayor did not pick a liberal,", "Juliet Eilperin")]
    // a name right after a verb that follows a comma at the end of a long sentence; a cue word read as a noun later on
    [InlineData("That would create a \u201Csummer of agony\u201D for Ruiz leading up to the convention, forcing her to fend off both Reed and Lane, said Tom Baker, a pollster.", "summer of agony", "Tom Baker")]
    [InlineData("For someone who conceded in a recent debate that she is \u201Cnot a natural politician,\u201D Ana Ruiz had a good night Tuesday, winning the key states of Florida and Ohio.", "not a natural politician,", null)]
    // an attribution followed by a colon and words that are not quoted still closes the quote before it
    [InlineData("\u201CThis is the lie that his campaign is built on,\u201D Ruiz said: That Reed is more honest than everyone else.", "This is the lie that his campaign is built on,", "Ruiz")]
    // the owner before a quote followed by a noun for speech
    [InlineData("It is the persistent pull of Ruiz\u2019s \u201Cif you like your plan, you can keep it\u201D promise: many negotiated generous plans.", "if you like your plan, you can keep it", "Ruiz")]
    // a weekday and a part of the day between the subject and its verb
    [InlineData("In addition, a fundraising email sent out by Ruiz on Tuesday night warned of the fight ahead: \u201CThere are 14 primaries over the next three weeks.\u201D", "There are 14 primaries over the next three weeks.", "Ruiz")]
    // the sentence after the quote names whose words they were
    [InlineData("Nothing came of it.\n\u201CI would rather have a sister in a whorehouse than a brother in the FBI.\u201D That quote from Alabama Securities Commissioner Tom Reed appeared in 1980.", "I would rather have a sister in a whorehouse than a brother in the FBI.", "Tom Reed")]
    // a person, an age and a hometown: the person speaks, not the town
    [InlineData("Harry Bond, 30, of Raleigh, N.C., said: \u201CWe need people who will bring people together.\u201D", "We need people who will bring people together.", "Harry Bond")]
    [InlineData("\u201CBoth of them scare me,\u201D Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview. \u201CWe need people who will bring people together.\u201D", "We need people who will bring people together.", "Harry Bond")]
    // an adverb that opens the sentence before a participle is not a name
    [InlineData("Hastily blaming the storm, Ana Ruiz cast the blame on her rivals and stressed the threat that \u201Ccoastal flooding\u201D poses.", "coastal flooding", "Ana Ruiz")]
    public void Extract_SpeakerInAHarderSentence_IsTheOneWhoSaidIt(string text, string quoted, string? speaker)
    {
        Assert.Equal(speaker, Single(text, quoted).Speaker?.Name);
    }

    [Theory]
    // nouns and adjectives after the subject are not its verb, and nouns that look like cues are not cues
    [InlineData("Multiple news reports and a detailed account reveal there was more than \u201Cone or two instances.\u201D", "one or two instances.", "news")]
    [InlineData("Embryonic stem cells can turn into any tissue, and researchers hope to harness what is called \u201Cregenerative medicine.\u201D", "regenerative medicine.", "stem")]
    [InlineData("And, the mayor tells the crowd, she has been known to be \u201Cbrusque\u201D and \u201Ctough\u201D in her home state of Ohio.", "tough", "state")]
    [InlineData("Hillary Clinton had a good night, winning the key states of Florida and Ohio, for someone who said she is \u201Cnot a natural politician.\u201D", "not a natural politician.", "states")]
    [InlineData("The Tulsa Gazette rated 32% of Republican claims as \u201Cfalse\u201D in its last review.", "false", "claims")]
    [InlineData("The Tulsa Gazette rated 32% of Republican claims as \u201Cfalse\u201D or \u201Cpants on fire,\u201D compared to 11% of Democratic claims.", "pants on fire,", "claims")]
    [InlineData("Mayor Ana Ruiz said Reed's mental state is \u201Cspiraling out of control.\u201D", "spiraling out of control.", "state")]
    [InlineData("OBAMA\u2019S LAST STATE OF THE UNION \u201CThe president will frame the choice facing Americans.\u201D", "The president will frame the choice facing Americans.", "STATE")]
    public void Extract_WordsThatOnlyLookLikeCues_AreNotTakenAsTheCue(string text, string quoted, string notTheCue)
    {
        Assert.NotEqual(notTheCue, Single(text, quoted).Speaker?.Cue);
    }

    [Fact]
    public void Extract_SpeakerBetweenTwoQuotes_IsNotPassedOverForOneBeforeThem()
    {
        const string text = "Tom Reed spoke first. \"There is not a lot you can do,\" said a former official who oversaw the investigations " +
                            "and described the case as \"a lesser set of circumstances.\"";

        var speaker = Single(text, "a lesser set of circumstances.").Speaker!;

        Assert.StartsWith("a former official", speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeadlineWithAPluralSubject_TakesTheVerbAfterIt()
    {
        const string text = "Tulsa Lawmakers Rip Mayor Ruiz As A \u2018Disgusting Fraud.\u2019";

        Assert.Equal("Tulsa Lawmakers", Single(text, "Disgusting Fraud.").Speaker?.Name);
    }

    [Fact]
    public void Extract_NameAndColonInTitleCase_IsABareLeadIn()
    {
        const string text = "Cecile Richards: \u2018I Am Tired Of Being Told What To Do.\u2019";

        Assert.Equal("Cecile Richards", Single(text, "I Am Tired Of Being Told What To Do.").Speaker?.Name);
    }

    [Theory]
    [InlineData("\u201CThere is a passion for the mayor,\u201D said Rosa Delgado of the New York delegation.", "Rosa Delgado of the New York delegation")]
    [InlineData("\u201CThe mayor will lose,\u201D says Tom Reed of the non-partisan Reed-Gonzales Political Report.", "Tom Reed of the non-partisan Reed-Gonzales Political Report")]
    [InlineData("\u201CThe message resonates,\u201D said Tom Reed of digital consulting firm IMGE.", "Tom Reed of digital consulting firm IMGE")]
    [InlineData("\u201CThe council has no spine,\u201D reads a Wednesday editorial in The Tulsa World.", "a Wednesday editorial in The Tulsa World")]
    [InlineData("\u201CWe were robbed,\u201D Ruiz supporters said.", "Ruiz supporters")]
    [InlineData("Supporters of Mayor Ana Ruiz said the count was \u201Ca fraud.\u201D", "Supporters of Mayor Ana Ruiz")]
    [InlineData("\u201CThe bill will pass,\u201D proponents of the new bill said.", "proponents of the new bill")]
    [InlineData("Another source familiar with the mayor\u2019s thinking said the plan was \u201Cdead on arrival.\u201D", "Another source familiar with the mayor\u2019s thinking")]
    // a person of a place, with the place's state
    [InlineData("Rosa Delgado of Columbia, South Carolina says she thinks the mayor can win if she keeps \u201Cdoing what she is doing.\u201D", "Rosa Delgado of Columbia, South Carolina")]
    // a publication and the word for what it is
    [InlineData("\u201CThe race is over in Tulsa,\u201D wrote Time magazine.", "Time magazine")]
    // relative clauses after the description, and the owner's group
    [InlineData("\u201CWe realized it was all lies,\u201D said one owner of a shop that sells shoes who declined to be named for fear of trouble.", "one owner of a shop that sells shoes who declined to be named for fear of trouble")]
    [InlineData("At the news conference, Ruiz's first five questioners ranged from skeptical to hostile: \"Is it time for your plan to change?\"", "Ruiz's first five questioners")]
    // where the person is, after the cue or before it
    [InlineData("\u201CThe council is in a frenzy,\u201D said one Democratic source on the panel.", "one Democratic source on the panel")]
    [InlineData("\u201CYou work hard. Why doesn\u2019t he pay his share?\u201D a narrator in the Ruiz ad asks.", "a narrator in the Ruiz ad")]
    // words that describe the person before the name belong to the mention
    [InlineData("Billionaire investor Tom Reed said the plan was \u201Ca disaster.\u201D", "Billionaire investor Tom Reed")]
    [InlineData("\u201CIt was a knockout,\u201D said famed fight doctor Ana Ruiz.", "famed fight doctor Ana Ruiz")]
    [InlineData("\u201CI never said that,\u201D a defensive Tom Reed said.", "a defensive Tom Reed")]
    public void Extract_MentionWithAffiliation_KeepsItWhole(string text, string mention)
    {
        var speaker = Assert.Single(Quotes(text)).Quote.Speaker!;

        Assert.Equal(mention, text.Slice(speaker.Mention!.Value));
    }

    [Fact]
    public void Extract_LaterSurname_GivesTheCanonicalFullNameAndRole()
    {
        const string text = "Deputy Press Secretary Anna Kelly spoke first.\nLater, Kelly said: \u201CWe expect a deal.\u201D";

        var speaker = Single(text, "We expect a deal.").Speaker!;

        Assert.Equal("Anna Kelly", speaker.Name);
        Assert.Equal("Deputy Press Secretary", speaker.Role);
        Assert.Equal("Kelly", text.Slice(speaker.Mention!.Value));
    }

    [Theory]
    [InlineData("Maria Lopez, director of the Ohio Farm Bureau said, \u201CPrices are falling.\u201D", "Maria Lopez", "director")]
    [InlineData("Tom Vale, president and CEO of Tulsa Restaurant Association stated, \u201CIt is not a political problem; it is a math problem.\u201D", "Tom Vale", null)]
    public void Extract_AppositionWithoutItsClosingComma_GivesThePersonBeforeIt(string text, string name, string? role)
    {
        var speaker = Assert.Single(Quotes(text)).Quote.Speaker!;

        Assert.Equal(name, speaker.Name);
        if (role is not null)
            Assert.Equal(role, speaker.Role);
    }

    [Fact]
    public void Extract_DescriptionAfterAPhraseEndingInAName_IsNotThatPerson()
    {
        const string text = "After a long call with Ana Ruiz, the mayor said: \u201CWe have a deal.\u201D";

        Assert.NotEqual("Ana Ruiz", Assert.Single(Quotes(text)).Quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("\u201CBoth of them scare me,\u201D said Harry Bond, 30, a teacher from Raleigh.", "Both of them scare me,", "teacher from Raleigh")]
    [InlineData("\u201CBoth of them scare me,\u201D Harry Bond, 30, said.", "Both of them scare me,", null)]
    [InlineData("Harry Bond, 30, of Raleigh, said: \u201CBoth of them scare me.\u201D", "Both of them scare me.", null)]
    public void Extract_AgeInApposition_IsNeitherRoleNorOrganization(string text, string quoted, string? role)
    {
        var speaker = Single(text, quoted).Speaker!;

        Assert.Equal("Harry Bond", speaker.Name);
        Assert.Equal(role, speaker.Role);
        Assert.Null(speaker.Organization);
    }

    [Fact]
    public void Extract_Apposition_GivesRoleAndOrganizationSeparately()
    {
        const string text = "\u201CWe disagree,\u201D said Paul Lee, a spokesman for the Acme Group.";

        var speaker = Single(text, "We disagree,").Speaker!;

        Assert.Equal("Paul Lee", speaker.Name);
        Assert.Equal("spokesman", speaker.Role);
        Assert.Equal("the Acme Group", speaker.Organization);
    }

    [Fact]
    public void Extract_PronounInLaterParagraph_ResolvesToTheMostRecentCompatiblePerson()
    {
        const string text = "Governor Maria Lopez toured the plant with Senator John Baker.\n\u201CWe need these jobs,\u201D she said.";

        var speaker = Single(text, "We need these jobs,").Speaker!;

        Assert.Equal("Maria Lopez", speaker.Name);
        Assert.Equal("she", text.Slice(speaker.Mention!.Value));
    }

    [Fact]
    public void Extract_DefiniteDescription_ResolvesToThePersonWithThatRole()
    {
        const string text = "President Tom Baker spoke in Ohio on Friday.\n\u201CWe will win,\u201D the president said.";

        Assert.Equal("Tom Baker", Single(text, "We will win,").Speaker!.Name);
    }

    [Fact]
    public void Extract_IndefiniteDescription_KeepsTheUnnamedSpeaker()
    {
        const string text = "\u201CIt is a trap,\u201D a cartel leader told reporters.";

        var speaker = Single(text, "It is a trap,").Speaker!;

        Assert.Equal("a cartel leader", speaker.Name);
        Assert.False(speaker.IsNamed);
    }

    [Fact]
    public void Extract_ReflexiveAfterTheName_StaysInTheMention()
    {
        const string text = "Senator Ana Ruiz herself acknowledged that \u201Cit will be very hard for us to win.\u201D";

        var speaker = Single(text, "it will be very hard for us to win.").Speaker!;

        Assert.Equal("Ana Ruiz", speaker.Name);
        Assert.Equal("Senator Ana Ruiz herself", text.Slice(speaker.Mention!.Value));
    }

    [Fact]
    public void Extract_UnnamedSpeakerWithRelativeClause_KeepsTheWholeDescription()
    {
        const string text = "\u201CWe are worried,\u201D said a city official who was not authorized to speak publicly.";

        var speaker = Single(text, "We are worried,").Speaker!;

        Assert.Equal("a city official who was not authorized to speak publicly", speaker.Name);
        Assert.False(speaker.IsNamed);
    }

    [Fact]
    public void Extract_InterruptedQuote_GivesTwoLinkedSpansWithOneSpeaker()
    {
        const string text = "Mayor Ana Ruiz met the governor. \u201CWe can collaborate,\u201D she said, \u201Cbut only on our terms.\u201D";

        var quotes = Quotes(text);

        Assert.Equal(["We can collaborate,", "but only on our terms."], quotes.Select(q => q.Text));
        Assert.Equal(quotes[0].Quote.Group, quotes[1].Quote.Group);
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Quote.Speaker?.Name));
    }

    [Fact]
    public void Extract_QuoteOverSeveralParagraphs_LinksThePartsAndKeepsTheSpeaker()
    {
        const string text = "Mayor Ana Ruiz said: \u201CThe plan is ready.\n\u201CIt starts in May.\n\u201CAnd it ends in June.\u201D";

        var quotes = Quotes(text);

        Assert.Equal(3, quotes.Length);
        Assert.Single(quotes.Select(q => q.Quote.Group).Distinct());
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Quote.Speaker?.Name));
    }

    [Fact]
    public void Extract_FollowOnQuoteWithoutCue_KeepsTheCurrentSpeaker()
    {
        const string text = "\u201CThe roads are closed,\u201D Chief Dana Cole said. \u201CStay home tonight.\u201D";

        var quotes = Quotes(text);

        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Dana Cole", q.Quote.Speaker?.Name));
        Assert.Null(quotes[1].Quote.Speaker!.Cue);
        Assert.NotEqual(quotes[0].Quote.Group, quotes[1].Quote.Group);
    }

    [Fact]
    public void Extract_CueOfTheNextSentence_DoesNotAttributeAQuoteThatEndsItsSentence()
    {
        const string text = "Mayor Ana Ruiz has warned of a coming \u201Cdisaster.\u201D Senator Paul Okafor has said that the plan is fine.";

        Assert.Equal("Ana Ruiz", Single(text, "disaster.").Speaker?.Name);
    }

    [Theory]
    [InlineData("The so-called \u201Creform\u201D passed quietly.", "reform")]
    [InlineData("She appeared on NBC\u2019s \u201CMeet the Press\u201D on Sunday.", "Meet the Press")]
    [InlineData("Dwayne \u201CThe Rock\u201D Johnson arrived late.", "The Rock")]
    [InlineData("The plan has \u201Cissues\u201D nobody can fix.", "issues")]
    [InlineData("The film \u201CNight Watch\u201D opens Friday.", "Night Watch")]
    [InlineData("The \u201CNo Comparison\u201D ad contrasts Reed\u2019s record as governor with Ruiz\u2019s record as a House leader.", "No Comparison")]
    [InlineData("Her \u201CStronger Together\u201D tour stops in Tulsa, the campaign said on Monday.", "Stronger Together")]
    [InlineData("\u201CRiver Street\u201D star Maya Lind said she was moving back to Ohio.", "River Street")]
    [InlineData("\u201CMorning Desk\u201D host Tom Vale pressed the mayor on the budget.", "Morning Desk")]
    [InlineData("Studios recast the lead in the \u201CNight Watch\u201D reboot, the trade paper reported.", "Night Watch")]
    [InlineData("Coach Reyes told \u201CFox and Friends\u201D that the team would win.", "Fox and Friends")]
    [InlineData("\u201CWe will win,\u201D Reyes said in an interview with \u201CCBS Evening Report.\u201D", "CBS Evening Report.")]
    [InlineData("As \u201CThe Wall Street Journal\u201D wrote, the deal collapsed in May.", "The Wall Street Journal")]
    [InlineData("Rep. Robert C. \u201CBobby\u201D Scott said the cookout would go on.", "Bobby")]
    public void Extract_ScareQuotesTitlesAndNicknames_AreTerms(string text, string term)
    {
        var quote = Single(text, term);

        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("Senator Lena Park called the plan \u201Creckless\u201D on Tuesday.", "reckless")]
    [InlineData("\u201CNo,\u201D she said.", "No,")]
    [InlineData("Park Slams Budget: \u2018A Betrayal of Voters\u2019", "A Betrayal of Voters")]
    [InlineData("\u201CCNN is fake news,\u201D Reed said.", "CNN is fake news,")]
    [InlineData("\u201CWe Will Rebuild,\u201D Reed said on Fox News Sunday.", "We Will Rebuild,")]
    public void Extract_AttributedShortQuotes_AreStatements(string text, string quoted)
    {
        Assert.Equal(QuoteKind.Statement, Single(text, quoted).Kind);
    }
}
