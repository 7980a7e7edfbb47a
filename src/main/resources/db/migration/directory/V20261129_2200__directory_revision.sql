-- The directory's revision: raised by every write to the directory's tables, in the writing
-- transaction. A node remembers directory reads under the revision they were read at, and
-- forgets them when it finds the revision raised (by this node or any other).
CREATE TABLE directory.revision (
    id INT PRIMARY KEY,
    n  BIGINT NOT NULL
);
INSERT INTO directory.revision (id, n) VALUES (1, 0);
