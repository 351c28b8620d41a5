/** gd: a small Python-flavoured language for derivatives and gradient descent. */
grammar Gd;

program : sep* (stat (sep+ stat)*)? sep* EOF ;

sep : NEWLINE | ';' ;

stat
    : 'params' paramDecl+                                  # Params
    | 'assert' expr (',' expr)?                            # Assert
    | ID '(' (ID (',' ID)*)? ')' '=' expr                  # Def
    | ID (',' ID)+ '=' expr                                # Unpack
    | ID '=' expr                                          # Assign
    | expr                                                 # ExprStat
    ;

paramDecl : ID ('=' expr)? ;

expr
    : expr '(' args? ')'                                   # Call
    | expr '[' expr ']'                                    # Index
    | expr '.' ID                                          # Attr
    | <assoc=right> expr op=('**' | '^') expr              # Pow
    | op=('-' | '+') expr                                  # Unary
    | expr op=('*' | '/' | '//' | '%') expr                # MulDiv
    | expr op=('+' | '-') expr                             # AddSub
    | expr op=('<' | '<=' | '>' | '>=' | '==' | '!=') expr # Compare
    | 'not' expr                                           # Not
    | expr 'and' expr                                      # And
    | expr 'or' expr                                       # Or
    | NUMBER                                               # Number
    | STRING                                               # String
    | ('true' | 'false')                                   # Bool
    | ID                                                   # Name
    | '(' expr ')'                                         # Parens
    | '[' (expr (compFor+ | (',' expr)* ','?))? ']'        # List
    | '{' (entry (',' entry)* ','?)? '}'                   # Dict
    ;

// A comprehension and a plain list (a generator argument and an argument list) share their
// start, so that the parser decides after the first item, not by looking ahead across it:
// separate alternatives made deeply nested calls cost time growing with the square of the depth.
args : arg (compFor+ | (',' arg)* ','?) ;

arg : (ID '=')? expr ;

compFor : 'for' ID (',' ID)* 'in' expr ('if' expr)* ;

entry : expr ':' expr ;

NUMBER  : DIGITS ('.' DIGITS?)? EXP? | '.' DIGITS EXP? ;
fragment DIGITS : [0-9] ('_'? [0-9])* ;
fragment EXP    : [eE] [+-]? DIGITS ;
STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
        | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'' ;
ID      : [a-zA-Z_] [a-zA-Z_0-9]* ;
NEWLINE : '\r'? '\n' ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\f]+ -> skip ;
LINE_JOIN : '\\' '\r'? '\n' -> skip ;
