using System.Collections.Frozen;

namespace FactCheck.Core.Names;

/// Common given names with their usual gender, so that "she" finds "Claudia Sheinbaum" and not "Donald Trump".
internal static class FirstNames
{
    private static readonly string[] MaleNames =
    [
        "Aaron", "Abdul", "Abraham", "Adam", "Adrian", "Ahmed", "Al", "Alan", "Albert", "Alberto", "Alejandro", "Alex",
        "Alexander", "Alexei", "Alfred", "Ali", "Allen", "Alvin", "Amir", "Andre", "Andrew", "Andy", "Angel", "Angelo",
        "Anthony", "Antonio", "Arnold", "Arthur", "Ashton", "Austin", "Barack", "Barry", "Ben", "Benjamin", "Bennie",
        "Bernard", "Bernie", "Bill", "Billy", "Bob", "Bobby", "Boris", "Brad", "Bradley", "Brandon", "Brent", "Brett",
        "Brian", "Bruce", "Bryan", "Buck", "Bud", "Byron", "Calvin", "Carl", "Carlos", "Cesar", "Chad", "Charles",
        "Charlie", "Chip", "Chris", "Christian", "Christopher", "Chuck", "Clarence", "Clark", "Clay", "Clint", "Cody",
        "Colin", "Conrad", "Corey", "Cory", "Craig", "Curt", "Curtis", "Dale", "Dan", "Daniel", "Danny", "Darrell",
        "Dave", "David", "Dean", "Dennis", "Derek", "Devin", "Dick", "Diego", "Dmitry", "Don", "Donald", "Doug",
        "Douglas", "Drew", "Duncan", "Dwayne", "Dwight", "Earl", "Ed", "Eddie", "Edgar", "Eduardo", "Edward", "Elijah",
        "Elon", "Emmanuel", "Enrique", "Eric", "Erik", "Ernest", "Eugene", "Evan", "Felipe", "Fernando", "Francis",
        "Francisco", "Frank", "Franklin", "Fred", "Frederick", "Gabriel", "Gary", "Gavin", "Gene", "George", "Gerald",
        "Gerard", "Glenn", "Gordon", "Grant", "Greg", "Gregory", "Guillermo", "Gustavo", "Guy", "Hank", "Hans", "Harold",
        "Harry", "Harvey", "Hassan", "Hector", "Henry", "Herbert", "Herman", "Howard", "Hugh", "Hugo", "Hunter", "Ian",
        "Isaac", "Ivan", "Jack", "Jackson", "Jacob", "Jaime", "Jake", "James", "Jamie", "Jared", "Jason", "Javier", "Jay",
        "Jeb", "Jeff", "Jeffrey", "Jeremy", "Jerome", "Jerry", "Jesse", "Jesus", "Jim", "Jimmy", "Joe", "Joel", "John",
        "Johnny", "Jon", "Jonathan", "Jordan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan", "Julian", "Justin",
        "Karl", "Keith", "Ken", "Kenneth", "Kevin", "Kurt", "Kyle", "Lamar", "Lance", "Larry", "Lawrence", "Lee", "Leo",
        "Leon", "Leonard", "Lewis", "Lindsey", "Lloyd", "Louis", "Luis", "Luke", "Manuel", "Marco", "Marcus", "Mario",
        "Mark", "Martin", "Marvin", "Matt", "Matthew", "Max", "Michael", "Miguel", "Mike", "Mitch", "Mitt", "Mohammed",
        "Muhammad", "Nathan", "Neil", "Newt", "Nicholas", "Nick", "Nicolas", "Noah", "Norman", "Oliver", "Omar",
        "Oscar", "Owen", "Pablo", "Patrick", "Paul", "Pedro", "Pete", "Peter", "Phil", "Philip", "Phillip", "Rafael",
        "Ralph", "Rand", "Randy", "Raul", "Ray", "Raymond", "Reince", "Reuben", "Ricardo", "Richard", "Rick", "Ricky",
        "Rob", "Robby", "Robert", "Roberto", "Rod", "Roger", "Roland", "Ron", "Ronald", "Ronnie", "Ross", "Roy",
        "Rudy", "Russell", "Ryan", "Salvador", "Sam", "Samuel", "Scott", "Sean", "Sergei", "Sergio", "Seth", "Shaun",
        "Shawn", "Sid", "Simon", "Stan", "Stanley", "Stephen", "Steve", "Steven", "Stuart", "Ted", "Terry", "Theodore",
        "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy", "Tony", "Travis", "Trey", "Troy", "Tyler", "Victor",
        "Vincent", "Vladimir", "Wade", "Walter", "Warren", "Wayne", "Wesley", "Will", "William", "Willie", "Xi",
        "Yuri", "Zach", "Zachary",
    ];

    private static readonly string[] FemaleNames =
    [
        "Abby", "Abigail", "Adriana", "Alexandra", "Alexis", "Alice", "Alicia", "Alison", "Allison", "Amanda", "Amber",
        "Amy", "Ana", "Andrea", "Angela", "Angelina", "Anita", "Ann", "Anna", "Anne", "Annie", "Ashley", "Barbara",
        "Beatriz", "Becky", "Betsy", "Betty", "Beverly", "Brenda", "Brianna", "Bridget", "Brittany", "Camila", "Candace",
        "Carla", "Carly", "Carmen", "Carol", "Caroline", "Carolyn", "Catherine", "Cathy", "Charlotte", "Chelsea",
        "Cheryl", "Christina", "Christine", "Cindy", "Claire", "Claudia", "Colleen", "Connie", "Cynthia", "Daisy",
        "Dana", "Danielle", "Debbie", "Deborah", "Debra", "Denise", "Diana", "Diane", "Dianne", "Donna", "Doris",
        "Dorothy", "Elaine", "Eleanor", "Elena", "Elisabeth", "Elise", "Eliza", "Elizabeth", "Ellen", "Emily", "Emma",
        "Erica", "Erin", "Eva", "Evelyn", "Fatima", "Frances", "Gabriela", "Gail", "Gina", "Gloria", "Grace",
        "Gretchen", "Hannah", "Heather", "Heidi", "Helen", "Hillary", "Hilary", "Holly", "Hope", "Ilhan", "Irene",
        "Isabel", "Isabella", "Ivanka", "Jacqueline", "Jane", "Janet", "Janice", "Jean", "Jeanne", "Jennifer", "Jenny",
        "Jessica", "Jill", "Joan", "Joanna", "Jodi", "Josefina", "Joyce", "Judith", "Judy", "Julia", "Julie", "June",
        "Karen", "Kamala", "Karin", "Kate", "Katherine", "Kathleen", "Kathryn", "Kathy", "Katie", "Kay", "Kayleigh",
        "Kellyanne", "Kelly", "Kim", "Kimberly", "Kirsten", "Kristen", "Kristin", "Laura", "Lauren", "Laurie", "Leah",
        "Leslie", "Lily", "Linda", "Lisa", "Lori", "Lorraine", "Louise", "Lucia", "Lucy", "Lydia", "Lynn", "Madeleine",
        "Maggie", "Margaret", "Maria", "Marie", "Marilyn", "Marine", "Marjorie", "Martha", "Mary", "Maxine", "Megan",
        "Meghan", "Melania", "Melanie", "Melissa", "Michele", "Michelle", "Mildred", "Mindy", "Monica", "Nancy",
        "Naomi", "Natalie", "Nicole", "Nikki", "Nina", "Nora", "Olivia", "Pamela", "Patricia", "Patty", "Paula",
        "Pauline", "Peggy", "Penny", "Phyllis", "Priscilla", "Rachel", "Rebecca", "Regina", "Renee", "Rita", "Roberta",
        "Robin", "Rosa", "Rose", "Ruth", "Sabrina", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Sheila",
        "Shirley", "Sofia", "Sonia", "Sophia", "Stacey", "Stephanie", "Susan", "Suzanne", "Sylvia", "Tammy", "Tara",
        "Teresa", "Theresa", "Tiffany", "Tina", "Tracy", "Tulsi", "Ursula", "Valerie", "Vanessa", "Veronica",
        "Victoria", "Virginia", "Wanda", "Wendy", "Yolanda", "Yvonne", "Zoe",
    ];

    private static readonly FrozenDictionary<string, Gender> Known = Build();
    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// The usual gender of a given name, or <see cref="Gender.Unknown"/> when it is not a known given name.
    public static Gender GenderOf(ReadOnlySpan<char> name) =>
        KnownLookup.TryGetValue(name, out var g) ? g : Gender.Unknown;

    public static bool IsFirstName(ReadOnlySpan<char> name) => KnownLookup.ContainsKey(name);

    private static FrozenDictionary<string, Gender> Build()
    {
        var d = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var n in MaleNames)
            d[n] = Gender.Male;
        foreach (var n in FemaleNames)
            d.TryAdd(n, Gender.Female);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
